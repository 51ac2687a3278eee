import { Directive, effect, ElementRef, forwardRef, inject, input, untracked } from '@angular/core';
import { AbstractControl, ControlValueAccessor, NG_VALIDATORS, NG_VALUE_ACCESSOR, ValidationErrors, Validator } from '@angular/forms';
import { isDecimalString } from '../../i18n/model/decimal-format';
import { Translator } from '../../i18n/data/translator';
import { DecimalRule } from '../forms/decimal-input';
import { formatLocaleNumber } from './format-locale-number';
import { numberProblemMessage, readNumberInput } from './number-rules';

/**
 * `<input matInput formControlName="target" [appLocaleNumber]="INDICATOR_VALUE">`: the person types a number in the
 * UI language's marks, the control holds the canonical decimal the API takes ("1250.5"). Text it cannot read goes to
 * the control as it is (so the form is invalid, not silently empty), and the `number` error says why, as a message.
 */
@Directive({
  selector: 'input[appLocaleNumber]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => LocaleNumberInput), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => LocaleNumberInput), multi: true },
  ],
  host: { '(input)': 'read()', '(blur)': 'touched()' },
})
export class LocaleNumberInput implements ControlValueAccessor, Validator {
  readonly rule = input.required<DecimalRule>({ alias: 'appLocaleNumber' });
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private readonly translator = inject(Translator);
  private value = '';
  private changed: (value: string) => void = () => undefined;
  protected touched: () => void = () => undefined;
  private validatorChanged: () => void = () => undefined;

  constructor() {
    // Another UI language: a value shows in its marks, and a text not yet read is judged by its rules.
    effect(() => {
      this.translator.language();
      untracked(() => {
        if (isDecimalString(this.value)) this.show(this.value);
        this.validatorChanged();
      });
    });
  }

  writeValue(value: string | null): void {
    this.value = value ?? '';
    this.show(this.value);
  }

  registerOnChange(changed: (value: string) => void): void {
    this.changed = changed;
  }

  registerOnTouched(touched: () => void): void {
    this.touched = touched;
  }

  registerOnValidatorChange(changed: () => void): void {
    this.validatorChanged = changed;
  }

  setDisabledState(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  validate(_control: AbstractControl): ValidationErrors | null {
    const read = readNumberInput(this.element.value, this.translator.language(), this.rule());
    return read && 'problem' in read ? { number: numberProblemMessage(read.problem, this.translator.language(), this.rule()) } : null;
  }

  protected read(): void {
    const text = this.element.value;
    const read = readNumberInput(text, this.translator.language(), this.rule());
    this.value = read === null ? '' : 'value' in read ? read.value : text;
    this.changed(this.value);
  }

  private show(value: string): void {
    this.element.value = isDecimalString(value) ? formatLocaleNumber(value, this.translator.language()) : value;
  }
}
