import { FormControl } from '@angular/forms';
import { INDICATOR_VALUE, MONEY_AMOUNT } from '../forms/decimal-input';
import { formatLocaleNumber, numberExample } from './format-locale-number';
import { canonicalDecimalValidator, numberProblemMessage, readNumberInput } from './number-rules';

describe('number rules', () => {
  it('reads a text against the API’s limits', () => {
    expect(readNumberInput('1 250 000,50', 'fr', MONEY_AMOUNT)).toEqual({ value: '1250000.50' });
    expect(readNumberInput('-5', 'en', MONEY_AMOUNT)).toEqual({ problem: 'negative' });
    expect(readNumberInput('-5', 'en', INDICATOR_VALUE)).toEqual({ value: '-5' });
    expect(readNumberInput('0.125', 'en', MONEY_AMOUNT)).toEqual({ problem: 'tooManyDecimals' });
    expect(readNumberInput('12345678901234567', 'en', MONEY_AMOUNT)).toEqual({ problem: 'tooLarge' });
    expect(readNumberInput('0001', 'en', MONEY_AMOUNT)).toEqual({ value: '1' });
    expect(readNumberInput('1,25', 'en', MONEY_AMOUNT)).toEqual({ problem: 'ambiguous' });
    expect(readNumberInput('  ', 'en', MONEY_AMOUNT)).toBeNull();
  });

  it('says what is wrong in the language’s own marks', () => {
    expect(numberProblemMessage('ambiguous', 'en', MONEY_AMOUNT)).toEqual({
      key: 'numbers.error.ambiguous', params: { example: '12,345.50', decimal: '.' },
    });
    expect(numberProblemMessage('ambiguous', 'fr', MONEY_AMOUNT)).toEqual({
      key: 'numbers.error.ambiguous', params: { example: '12\u202F345,50', decimal: ',' },
    });
    expect(numberProblemMessage('tooManyDecimals', 'en', INDICATOR_VALUE)).toEqual({ key: 'numbers.error.tooManyDecimals', params: { max: 6 } });
  });

  it('formats with the decimals a value has, exactly', () => {
    expect(formatLocaleNumber('1250.50', 'en')).toBe('1,250.50');
    expect(formatLocaleNumber('1250.50', 'es')).toBe('1250,50');
    expect(formatLocaleNumber('9999999999999999.99', 'ru')).toBe('9\u00A0999\u00A0999\u00A0999\u00A0999\u00A0999,99');
    expect(numberExample('es')).toBe('12.345,50');
  });

  it('the control holds only canonical decimals the rule allows', () => {
    const validator = canonicalDecimalValidator(MONEY_AMOUNT);
    expect(validator(new FormControl(''))).toBeNull();
    expect(validator(new FormControl('1250.50'))).toBeNull();
    expect(validator(new FormControl('1,250'))).toEqual({ decimal: true });
    expect(validator(new FormControl('-1'))).toEqual({ decimal: true });
  });
});
