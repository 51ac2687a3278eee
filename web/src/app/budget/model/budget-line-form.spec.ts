import { FormBuilder } from '@angular/forms';
import { BudgetLineResponse } from '../../api/models';
import {
  budgetFieldMessage, budgetLineToFormValue, canManageBudget, changedBudgetLineFields, createBudgetLineForm,
  emptyBudgetLineFormValue, staleBudgetLine, toCreateBudgetLineRequest,
} from './budget-line-form';

const line: BudgetLineResponse = {
  id: 'l-1', planId: 'p-1', stepId: 's-1', funder: { id: 'o-1', name: 'Northern Lights Foundation', kind: 'donor' },
  currency: 'EUR', year: 2027, planned: '750000.00', committed: '750000.00', disbursed: '300000.00', gap: '0.00', flags: [],
  note: null, version: 3, createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z',
};

describe('the budget line form', () => {
  it('checks amounts as the API does: not negative, two decimals at most', () => {
    const form = createBudgetLineForm(new FormBuilder().nonNullable, emptyBudgetLineFormValue(2027, 'EUR'));
    form.patchValue({ funderId: 'o-1', planned: '1250000.50', committed: '-1', disbursed: '0.125' });
    expect(form.controls.planned.valid).toBe(true);
    expect(form.controls.committed.hasError('decimal')).toBe(true);
    expect(form.controls.disbursed.hasError('decimal')).toBe(true);
    // The control holds what the API takes; reading "1 250 000,50" is the amount input's work, in the UI language.
    form.controls.planned.setValue('1 250 000,50');
    expect(form.controls.planned.hasError('decimal')).toBe(true);
    form.controls.year.setValue(2101);
    expect(form.controls.year.hasError('max')).toBe(true);
  });

  it('sends the amounts as decimal strings, never as numbers', () => {
    const request = toCreateBudgetLineRequest({
      funderId: 'o-1', currency: 'USD', year: 2027, planned: '1250000.50', committed: '300000', disbursed: '0', note: '  ',
    });
    expect(request).toEqual({
      funderId: 'o-1', currency: 'USD', year: 2027, planned: '1250000.50', committed: '300000', disbursed: '0',
    });
    expect(typeof request.planned).toBe('string');
  });

  it('a change sends only the fields that differ; "750000" is the amount "750000.00"', () => {
    expect(changedBudgetLineFields(line, { ...budgetLineToFormValue(line), planned: '750000' })).toEqual({});
    expect(changedBudgetLineFields(line, { ...budgetLineToFormValue(line), disbursed: '450000', note: 'Second tranche' })).toEqual({
      disbursed: '450000', note: 'Second tranche',
    });
    expect(changedBudgetLineFields({ ...line, note: 'Old' }, { ...budgetLineToFormValue(line), note: '' })).toEqual({ note: null });
  });

  it('finds the current line in a stale save’s 409', () => {
    const current = { ...line, version: 4, disbursed: '450000.00' };
    expect(staleBudgetLine({ status: 409, code: 'Conflict', message: '', fieldErrors: [], current })).toEqual(current);
    expect(staleBudgetLine({ status: 404, code: '', message: '', fieldErrors: [] })).toBeNull();
  });

  it('names the rule the server refused', () => {
    expect(budgetFieldMessage({ field: 'currency', message: 'currency must be an ISO 4217 code' })).toEqual({ key: 'budget.validation.currency' });
    expect(budgetFieldMessage({ field: 'year', message: 'year must be a whole number from 2000 to 2100' }))
      .toEqual({ key: 'budget.validation.year', params: { min: 2000, max: 2100 } });
    expect(budgetFieldMessage({ field: 'planned', message: 'planned must be an amount' })).toEqual({ key: 'budget.validation.amount' });
    expect(budgetFieldMessage({ field: 'note', message: 'note must be at most 2000 characters' })).toBeNull();
  });

  it('lets owners and editors of an active plan manage lines, not contributors or viewers', () => {
    const plan = { status: 'active', myRole: 'editor' } as Parameters<typeof canManageBudget>[0];
    expect(canManageBudget(plan)).toBe(true);
    expect(canManageBudget({ ...plan!, myRole: 'contributor' })).toBe(false);
    expect(canManageBudget({ ...plan!, myRole: 'viewer' })).toBe(false);
    expect(canManageBudget({ ...plan!, status: 'archived' })).toBe(false);
  });
});
