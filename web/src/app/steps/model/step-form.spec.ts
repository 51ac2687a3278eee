import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { createStep } from './step-factory';
import { createStepForm, stepToFormValue } from './step-form';

describe('createStepForm', () => {
  function makeForm() {
    const fb = TestBed.inject(FormBuilder);
    return createStepForm(fb, stepToFormValue(createStep()));
  }

  it('is valid for a step as loaded', () => {
    expect(makeForm().valid).toBe(true);
  });

  it('rejects a due date before the start date', () => {
    const sut = makeForm();
    sut.patchValue({ startDate: '2026-05-10', dueDate: '2026-05-09' });
    expect(sut.hasError('dateOrder')).toBe(true);
    expect(sut.valid).toBe(false);
  });

  it('accepts a due date equal to the start date, or either date missing', () => {
    const sut = makeForm();
    sut.patchValue({ startDate: '2026-05-10', dueDate: '2026-05-10' });
    expect(sut.hasError('dateOrder')).toBe(false);
    sut.patchValue({ startDate: '', dueDate: '2020-01-01' });
    expect(sut.valid).toBe(true);
  });

  it('keeps progress between 0 and 100', () => {
    const sut = makeForm();
    const progress = sut.controls.progress;
    progress.setValue(-1);
    expect(progress.hasError('min')).toBe(true);
    progress.setValue(101);
    expect(progress.hasError('max')).toBe(true);
    progress.setValue(0);
    expect(progress.valid).toBe(true);
    progress.setValue(100);
    expect(progress.valid).toBe(true);
  });

  it('wants progress as a whole number', () => {
    const sut = makeForm();
    sut.controls.progress.setValue(42.5);
    expect(sut.controls.progress.hasError('integer')).toBe(true);
  });

  it('requires a title of at most 200 characters', () => {
    const sut = makeForm();
    sut.controls.title.setValue('');
    expect(sut.controls.title.hasError('required')).toBe(true);
    sut.controls.title.setValue('   ');
    expect(sut.controls.title.hasError('pattern')).toBe(true);
    sut.controls.title.setValue('x'.repeat(201));
    expect(sut.controls.title.hasError('maxlength')).toBe(true);
    sut.controls.title.setValue('x'.repeat(200));
    expect(sut.controls.title.valid).toBe(true);
  });
});
