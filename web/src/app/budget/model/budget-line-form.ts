import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { ApiError } from '../../api/api-error';
import {
  BudgetLineResponse, CreateBudgetLineRequest, FieldError, PlanResponse, UpdateBudgetLineRequest,
} from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';
import { compareDecimals, MONEY_AMOUNT } from '../../shell/forms/decimal-input';
import { canonicalDecimalValidator } from '../../shell/numbers/number-rules';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
export const AMOUNT_FIELDS = ['planned', 'committed', 'disbursed'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

export const BUDGET_FIELD_LABELS: Record<string, string> = {
  funderId: 'budget.fields.funder',
  currency: 'budget.fields.currency',
  year: 'budget.fields.year',
  planned: 'budget.fields.planned',
  committed: 'budget.fields.committed',
  disbursed: 'budget.fields.disbursed',
  note: 'budget.fields.note',
};

export interface BudgetLineFormValue {
  funderId: string;
  currency: string;
  year: number | null;
  /** Canonical decimals ("1250000.50"): the amount inputs read the person's text in the UI language. */
  planned: string;
  committed: string;
  disbursed: string;
  note: string;
}

/** Owners and editors manage budget lines while the plan is active; everyone on the plan reads them. */
export function canManageBudget(plan: PlanResponse | null | undefined): boolean {
  return !!plan && plan.status === 'active' && (plan.myRole === 'owner' || plan.myRole === 'editor');
}

export function emptyBudgetLineFormValue(year: number, currency = ''): BudgetLineFormValue {
  return { funderId: '', currency, year, planned: '', committed: '0', disbursed: '0', note: '' };
}

export function budgetLineToFormValue(line: BudgetLineResponse): BudgetLineFormValue {
  return {
    funderId: line.funder.id,
    currency: line.currency,
    year: line.year,
    planned: line.planned,
    committed: line.committed,
    disbursed: line.disbursed,
    note: line.note ?? '',
  };
}

const amountValidators = [Validators.required, canonicalDecimalValidator(MONEY_AMOUNT)];

export function createBudgetLineForm(formBuilder: NonNullableFormBuilder, value: BudgetLineFormValue) {
  return formBuilder.group({
    funderId: [value.funderId, Validators.required],
    currency: [value.currency, [Validators.required, Validators.pattern(/^[A-Z]{3}$/)]],
    year: formBuilder.control<number | null>(value.year, [
      Validators.required, Validators.min(FIRST_YEAR), Validators.max(LAST_YEAR), Validators.pattern(/^\d+$/),
    ]),
    planned: [value.planned, amountValidators],
    committed: [value.committed, amountValidators],
    disbursed: [value.disbursed, amountValidators],
    note: [value.note, Validators.maxLength(2000)],
  });
}

export function toCreateBudgetLineRequest(value: BudgetLineFormValue): CreateBudgetLineRequest {
  const note = value.note.trim();
  return {
    funderId: value.funderId,
    currency: value.currency,
    year: Number(value.year),
    planned: value.planned,
    committed: value.committed,
    disbursed: value.disbursed,
    ...(note ? { note } : {}),
  };
}

export type BudgetLineChanges = Omit<UpdateBudgetLineRequest, 'version'>;

/** Only what differs from the line the form started from. Amounts compare as exact decimals ("50" = "50.00"). */
export function changedBudgetLineFields(base: BudgetLineResponse, value: BudgetLineFormValue): BudgetLineChanges {
  const wanted = toCreateBudgetLineRequest(value);
  const changes: BudgetLineChanges = {};
  if (wanted.funderId !== base.funder.id) changes.funderId = wanted.funderId;
  if (wanted.currency !== base.currency) changes.currency = wanted.currency;
  if (wanted.year !== base.year) changes.year = wanted.year;
  for (const field of AMOUNT_FIELDS) {
    if (compareDecimals(wanted[field], base[field]) !== 0) changes[field] = wanted[field];
  }
  const note = wanted.note ?? null;
  if (note !== (base.note ?? null)) changes.note = note;
  return changes;
}

function isBudgetLine(value: unknown): value is BudgetLineResponse {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as Partial<BudgetLineResponse>;
  return typeof line.id === 'string' && typeof line.version === 'number' && typeof line.planned === 'string';
}

/** The line as it is now, from a save refused because someone else changed it (409 with `current`). */
export function staleBudgetLine(error: ApiError): BudgetLineResponse | null {
  return error.status === 409 && isBudgetLine(error.current) ? error.current : null;
}

/** The server's refusals this form explains better than the generic wording. */
export function budgetFieldMessage(fieldError: FieldError): MessageRef | null {
  switch (fieldError.field) {
    case 'currency':
      return { key: 'budget.validation.currency' };
    case 'year':
      return { key: 'budget.validation.year', params: { min: FIRST_YEAR, max: LAST_YEAR } };
    case 'funderId':
      return { key: 'budget.validation.funder' };
    case 'planned':
    case 'committed':
    case 'disbursed':
      return { key: 'budget.validation.amount' };
    default:
      return null;
  }
}
