import { FormControl, FormGroup } from '@angular/forms';
import { ApiError } from '../../api/api-error';
import { applyServerErrors, fieldErrorMessage } from './server-errors';

describe('fieldErrorMessage', () => {
  // Messages as the API writes them.
  it.each([
    ['title must not be empty', 'validation.required'],
    ['title must be shorter than or equal to 200 characters', 'validation.maxLength'],
    ['dueDate must not be before startDate', 'validation.dateOrder'],
    ['endDate must not be before startDate', 'validation.dateOrder'],
    ['progress must be a whole number from 0 to 100', 'validation.range'],
    ['country must be an ISO 3166-1 alpha-3 code of a country', 'validation.country'],
    ['Depending on step POL-02 would create a cycle: it already depends on this step.', 'validation.dependencyCycle'],
    ['startDate must be a date written YYYY-MM-DD', 'validation.date'],
  ])('maps “%s” to %s', (message, key) => {
    expect(fieldErrorMessage({ field: 'x', message }, 'steps.fields.title').key).toBe(key);
  });

  it('falls back to a generic message naming the field', () => {
    const sut = fieldErrorMessage({ field: 'assigneeIds', message: 'assigneeIds must not repeat a user' }, 'steps.fields.assignees');
    expect(sut).toEqual({ key: 'validation.serverField', params: { field: { key: 'steps.fields.assignees' } } });
  });
});

describe('applyServerErrors', () => {
  it('puts errors on matching controls and returns the rest', () => {
    const form = new FormGroup({ title: new FormControl('x'), dueDate: new FormControl('') });
    const error: ApiError = {
      status: 400,
      code: 'Bad Request',
      message: 'title must not be empty; body is odd',
      fieldErrors: [
        { field: 'title', message: 'title must not be empty' },
        { field: 'body', message: 'The request body is not valid JSON.' },
      ],
    };
    const unmatched = applyServerErrors(form, error, { title: 'steps.fields.title' });
    expect(form.controls.title.getError('server')).toEqual({ key: 'validation.required' });
    expect(form.controls.title.touched).toBe(true);
    expect(unmatched).toEqual([{ field: 'body', message: 'The request body is not valid JSON.' }]);
  });
});
