import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Translator } from '../../i18n/data/translator';
import { INDICATOR_VALUE } from '../forms/decimal-input';
import { LocaleNumberInput } from './locale-number-input';
import { canonicalDecimalValidator } from './number-rules';

@Component({
  imports: [ReactiveFormsModule, LocaleNumberInput],
  template: `<input [formControl]="control" [appLocaleNumber]="rule" />`,
})
class Host {
  readonly rule = INDICATOR_VALUE;
  readonly control = new FormControl('1250.5', { nonNullable: true, validators: canonicalDecimalValidator(INDICATOR_VALUE) });
}

describe(LocaleNumberInput.name, () => {
  let host: Host;
  let input: HTMLInputElement;
  let translator: Translator;

  beforeEach(() => {
    localStorage.setItem('reform-roadmap.language', 'fr');
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    TestBed.tick();
    host = fixture.componentInstance;
    input = fixture.nativeElement.querySelector('input');
    translator = TestBed.inject(Translator);
  });

  afterEach(() => localStorage.clear());

  const type = (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    TestBed.tick();
  };

  it('shows the saved value in the language’s marks and keeps the canonical decimal in the control', () => {
    expect(input.value).toBe('1\u202F250,5');
    type('1,250');
    expect(host.control.value).toBe('1.250');
    type('٢٥٠٠٫٧٥');
    expect(host.control.value).toBe('2500.75');
    expect(host.control.valid).toBe(true);
  });

  it('keeps a text it cannot read in the control, invalid, and says why in the language’s terms', () => {
    type('1.250');
    // The text itself, which happens to look like a decimal: the directive's error keeps the control invalid.
    expect(host.control.value).toBe('1.250');
    expect(host.control.valid).toBe(false);
    type('1,2,5');
    expect(host.control.hasError('decimal')).toBe(true);
    type('1.250');
    expect(host.control.getError('number')).toEqual({
      key: 'numbers.error.ambiguous', params: { decimal: ',', example: '12\u202F345,50' },
    });
    type('');
    expect(host.control.value).toBe('');
    expect(host.control.errors).toBeNull();
  });

  it('rewrites the value in the new language’s marks when the language changes, and judges an unread text by its rules', () => {
    translator.use('en', { remember: false });
    TestBed.tick();
    expect(input.value).toBe('1,250.5');
    type('1.250,5');
    expect(host.control.hasError('number')).toBe(true);
    translator.use('es', { remember: false });
    TestBed.tick();
    // Spanish writes it so; the text is read again only when typed, so the control still holds the text.
    expect(host.control.hasError('number')).toBe(false);
  });
});
