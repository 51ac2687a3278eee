import { StepResponse, UpdateStepRequest } from '../../api/models';
import { STEP_FIELDS, StepField, StepFormValue, stepToFormValue } from './step-form';

/** Changed fields in the API's shape (no version). */
export type StepChanges = Omit<UpdateStepRequest, 'version'>;

const NULLABLE_TEXT: ReadonlySet<StepField> = new Set(['startDate', 'dueDate', 'leadOrganisationId']);
const SETS: ReadonlySet<StepField> = new Set(['assigneeIds', 'principles', 'dependsOn']);

function sameValue(field: StepField, a: unknown, b: unknown): boolean {
  if (SETS.has(field)) {
    const left = [...(a as string[])].sort();
    const right = [...(b as string[])].sort();
    return left.length === right.length && left.every((item, index) => item === right[index]);
  }
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

function toApiValue(field: StepField, value: StepFormValue[StepField]): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return NULLABLE_TEXT.has(field) && trimmed === '' ? null : trimmed;
  }
  if (field === 'progress') return Number(value);
  return Array.isArray(value) ? [...value] : value;
}

/** The fields of `value` that differ from `base`, ready to PATCH. */
export function changedFields(base: StepResponse, value: StepFormValue): StepChanges {
  const original = stepToFormValue(base);
  const changes: Record<string, unknown> = {};
  for (const field of STEP_FIELDS) {
    if (!sameValue(field, original[field], value[field])) changes[field] = toApiValue(field, value[field]);
  }
  return changes as StepChanges;
}

export interface FieldComparison {
  field: StepField;
  theirs: unknown;
  mine: unknown;
  /** Both sides changed the field since I loaded it. */
  bothChanged: boolean;
}

/**
 * After a 409: for each field I changed, their current value next to mine,
 * flagging the fields they changed too.
 */
export function compareWithCurrent(base: StepResponse, mine: StepChanges, current: StepResponse): FieldComparison[] {
  const original = stepToFormValue(base);
  const theirs = stepToFormValue(current);
  return (Object.keys(mine) as StepField[])
    .filter((field) => STEP_FIELDS.includes(field))
    .map((field) => ({
      field,
      theirs: toApiValue(field, theirs[field]),
      mine: mine[field as keyof StepChanges],
      bothChanged: !sameValue(field, original[field], theirs[field]),
    }));
}

export interface Rebased {
  /** The PATCH to send: my changes on top of their version. */
  request: UpdateStepRequest;
  /** The form as it should look: their values with my changes applied. */
  formValue: StepFormValue;
}

/**
 * Re-applies my changed fields onto the step as it is now. Fields I did not touch keep their values;
 * fields where my value already equals theirs are dropped from the request.
 */
export function rebaseChanges(mine: StepChanges, current: StepResponse): Rebased {
  const formValue = stepToFormValue(current);
  const currentValues = stepToFormValue(current);
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(mine) as StepField[]) {
    if (!STEP_FIELDS.includes(field)) continue;
    const value = mine[field as keyof StepChanges];
    const asForm = (value === null ? '' : value) as never;
    (formValue as unknown as Record<string, unknown>)[field] = Array.isArray(value) ? [...value] : asForm;
    if (!sameValue(field, currentValues[field], asForm)) changes[field] = value;
  }
  return { request: { ...(changes as StepChanges), version: current.version }, formValue };
}
