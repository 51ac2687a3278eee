import { AbstractControl, FormControl, FormGroupDirective, NgForm, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

/** 'YYYY-MM-DD' strings compare correctly as text; an empty side is not an error here. */
export function isDateOrderValid(start: string | null | undefined, end: string | null | undefined): boolean {
  return !start || !end || end >= start;
}

/** Group validator: `{ dateOrder: true }` when the end control's date is before the start control's. */
export function dateOrderValidator(startName: string, endName: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const start = group.get(startName)?.value as string | null | undefined;
    const end = group.get(endName)?.value as string | null | undefined;
    return isDateOrderValid(start, end) ? null : { dateOrder: true };
  };
}

/** Shows a control as invalid when its own check or a named error on its parent group fails. */
export class GroupErrorStateMatcher implements ErrorStateMatcher {
  constructor(private readonly groupError: string) {}

  isErrorState(control: FormControl | null, form: FormGroupDirective | NgForm | null): boolean {
    if (!control) return false;
    const invalid = control.invalid || !!control.parent?.hasError(this.groupError);
    return invalid && (control.touched || control.dirty || !!form?.submitted);
  }
}
