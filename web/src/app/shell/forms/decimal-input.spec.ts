import { FormControl } from '@angular/forms';
import { compareDecimals, decimalValidator, INDICATOR_VALUE, MONEY_AMOUNT, normaliseDecimalInput } from './decimal-input';

describe('normaliseDecimalInput', () => {
  it.each([
    ['1250000.00', '1250000.00'],
    ['1250000,50', '1250000.50'],
    [' 1 250 000 ', '1250000'],
    ['1\u202f250\u202f000,5', '1250000.5'],
    ['١٢٥٠٠٠٠٫٥٠', '1250000.50'],
    ['١٬٢٥٠٬٠٠٠', '1250000'],
    ['۱۲', '12'],
  ])('reads money “%s” as %s', (typed, read) => {
    expect(normaliseDecimalInput(typed, MONEY_AMOUNT)).toBe(read);
  });

  it.each([
    ['1,250,000'],
    ['1,250'],
    ['-5'],
    ['12.345'],
    ['12345678901234567'],
    ['1e6'],
    [''],
    ['abc'],
  ])('refuses money “%s”', (typed) => {
    expect(normaliseDecimalInput(typed, MONEY_AMOUNT)).toBeNull();
  });

  it('takes negative indicator values with up to six decimals', () => {
    expect(normaliseDecimalInput('-3,25', INDICATOR_VALUE)).toBe('-3.25');
    expect(normaliseDecimalInput('\u22123.25', INDICATOR_VALUE)).toBe('-3.25');
    expect(normaliseDecimalInput('0.123456', INDICATOR_VALUE)).toBe('0.123456');
    expect(normaliseDecimalInput('0.1234567', INDICATOR_VALUE)).toBeNull();
  });

  it('as a validator: empty is left to required, a wrong number is an error', () => {
    const validator = decimalValidator(MONEY_AMOUNT);
    expect(validator(new FormControl(''))).toBeNull();
    expect(validator(new FormControl('12,50'))).toBeNull();
    expect(validator(new FormControl('12,500'))).toEqual({ decimal: true });
  });
});

describe('compareDecimals', () => {
  it('compares exactly, whatever the number of decimals', () => {
    expect(compareDecimals('50', '50.00')).toBe(0);
    expect(compareDecimals('0.1', '0.09')).toBe(1);
    expect(compareDecimals('-12', '-11.5')).toBe(-1);
    // Equal as binary floats, different as decimals.
    expect(Number('9999999999999999.98') === Number('9999999999999999.99')).toBe(true);
    expect(compareDecimals('9999999999999999.98', '9999999999999999.99')).toBe(-1);
  });
});
