import { COMMON_CURRENCIES, currencyChoices, currencyName, formatMoney, isNegativeAmount } from './money';

describe('formatMoney', () => {
  it('formats the decimal string in the language’s own way, with the currency’s sign', () => {
    expect(formatMoney('1250000.00', 'USD', 'en')).toBe('$1,250,000.00');
    expect(formatMoney('1250000.00', 'EUR', 'fr')).toBe('1\u202f250\u202f000,00\u00a0€');
    expect(formatMoney('1250000.00', 'EUR', 'es')).toBe('1.250.000,00\u00a0€');
    expect(formatMoney('1250000.00', 'RUB', 'ru')).toBe('1\u00a0250\u00a0000,00\u00a0₽');
    expect(formatMoney('1250000.00', 'CNY', 'zh')).toBe('¥1,250,000.00');
    expect(formatMoney('1250000.00', 'USD', 'ar')).toBe(new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD' }).format(1250000));
  });

  it('keeps every cent of amounts too large for a binary float (no arithmetic, no Number())', () => {
    // 9999999999999999.99 as a JavaScript number would be 10000000000000000.
    expect(Number('9999999999999999.99')).toBe(10000000000000000);
    expect(formatMoney('9999999999999999.99', 'USD', 'en')).toBe('$9,999,999,999,999,999.99');
    expect(formatMoney('9007199254740993.01', 'EUR', 'en')).toBe('€9,007,199,254,740,993.01');
  });

  it('shows the currency’s usual decimals, and more only when the amount has them', () => {
    expect(formatMoney('1250000.00', 'JPY', 'en')).toBe('¥1,250,000');
    expect(formatMoney('100.50', 'JPY', 'en')).toBe('¥100.5');
    expect(formatMoney('0', 'EUR', 'en')).toBe('€0.00');
    expect(formatMoney('12.5', 'USD', 'en')).toBe('$12.50');
  });

  it('shows a negative funding gap with its sign', () => {
    expect(formatMoney('-15000.00', 'EUR', 'en')).toBe('-€15,000.00');
    expect(isNegativeAmount('-15000.00')).toBe(true);
    expect(isNegativeAmount('-0.00')).toBe(false);
    expect(isNegativeAmount('15000.00')).toBe(false);
  });

  it('leaves what is not a decimal string as it is, and writes an unknown currency’s code', () => {
    expect(formatMoney('n/a', 'USD', 'en')).toBe('n/a');
    expect(formatMoney(null, 'USD', 'en')).toBe('');
    expect(formatMoney('12.50', 'ZZ', 'en')).toBe('12.5 ZZ');
  });
});

describe('currency names and choices', () => {
  it('names currencies in the language', () => {
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('EUR', 'fr')).toBe('euro');
    expect(currencyName('USD', 'ar')).toBe('دولار أمريكي');
  });

  it('offers the currencies used here, then the common ones, then all others by name, each once', () => {
    const choices = currencyChoices('en', ['KES', 'USD']);
    expect(choices.first.map((option) => option.code)).toEqual(['KES', ...COMMON_CURRENCIES]);
    expect(choices.first[0]).toEqual({ code: 'KES', name: 'Kenyan Shilling' });
    const others = choices.others.map((option) => option.code);
    expect(others).not.toContain('USD');
    expect(others).not.toContain('KES');
    expect(others).toContain('XOF');
    const names = choices.others.map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
  });
});
