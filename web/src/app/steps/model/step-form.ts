import { AbstractControl, FormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { AreaKey, Principle, Priority, StepResponse, StepStatus } from '../../api/models';
import { dateOrderValidator } from '../../shell/forms/date-order';

/** The editable fields of a step as the form holds them (empty text instead of null). */
export interface StepFormValue {
  title: string;
  description: string;
  area: AreaKey;
  status: StepStatus;
  progress: number;
  startDate: string;
  dueDate: string;
  /** The lead organisation's id, or empty for none. */
  leadOrganisationId: string;
  assigneeIds: string[];
  priority: Priority;
  principles: Principle[];
  dependsOn: string[];
}

export type StepField = keyof StepFormValue;

export const STEP_FIELDS: readonly StepField[] = [
  'title', 'description', 'area', 'status', 'progress', 'startDate', 'dueDate', 'leadOrganisationId',
  'assigneeIds', 'priority', 'principles', 'dependsOn',
];

/** Translation key of each field's label (also used for server field errors). */
export const STEP_FIELD_LABELS: Record<string, string> = {
  title: 'steps.fields.title',
  description: 'steps.fields.description',
  area: 'steps.fields.area',
  status: 'steps.fields.status',
  progress: 'steps.fields.progress',
  startDate: 'steps.fields.startDate',
  dueDate: 'steps.fields.dueDate',
  leadOrganisationId: 'steps.fields.leadOrganisation',
  leadOrganisation: 'steps.fields.leadOrganisation',
  assigneeIds: 'steps.fields.assignees',
  priority: 'steps.fields.priority',
  principles: 'steps.fields.principles',
  dependsOn: 'steps.fields.dependsOn',
};

/** Progress is a whole number. */
export function integerValidator(control: AbstractControl): ValidationErrors | null {
  const value = control.value as unknown;
  if (value === null || value === '' || value === undefined) return null;
  return Number.isInteger(Number(value)) ? null : { integer: true };
}

export function stepToFormValue(step: StepResponse): StepFormValue {
  return {
    title: step.title,
    description: step.description ?? '',
    area: step.area,
    status: step.status,
    progress: step.progress,
    startDate: step.startDate ?? '',
    dueDate: step.dueDate ?? '',
    leadOrganisationId: step.leadOrganisationId ?? '',
    assigneeIds: [...step.assigneeIds],
    priority: step.priority,
    principles: [...step.principles],
    dependsOn: [...step.dependsOn],
  };
}

/** The step form with the API's rules: title 1–200, progress an integer 0–100, due date on or after start. */
export function createStepForm(formBuilder: FormBuilder, value: StepFormValue) {
  const fb = formBuilder.nonNullable;
  return fb.group(
    {
      title: fb.control(value.title, [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]),
      description: fb.control(value.description, Validators.maxLength(4000)),
      area: fb.control<AreaKey>(value.area, Validators.required),
      status: fb.control<StepStatus>(value.status, Validators.required),
      progress: fb.control(value.progress, [
        Validators.required,
        Validators.min(0),
        Validators.max(100),
        integerValidator,
      ]),
      startDate: fb.control(value.startDate),
      dueDate: fb.control(value.dueDate),
      leadOrganisationId: fb.control(value.leadOrganisationId),
      assigneeIds: fb.control<string[]>(value.assigneeIds),
      priority: fb.control<Priority>(value.priority),
      principles: fb.control<Principle[]>(value.principles),
      dependsOn: fb.control<string[]>(value.dependsOn),
    },
    { validators: dateOrderValidator('startDate', 'dueDate') },
  );
}

export type StepForm = ReturnType<typeof createStepForm>;

/** The form's value before a step has loaded. */
export function emptyStepFormValue(): StepFormValue {
  return {
    title: '', description: '', area: 'POL', status: 'not_started', progress: 0, startDate: '', dueDate: '',
    leadOrganisationId: '', assigneeIds: [], priority: 'medium', principles: [], dependsOn: [],
  };
}
