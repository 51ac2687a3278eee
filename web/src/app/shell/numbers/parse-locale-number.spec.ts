import { formatLocaleNumber } from './format-locale-number';
import { parseLocaleNumber } from './parse-locale-number';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

const read = (text: string, locale: string) => parseLocaleNumber(text, locale);

describe('parseLocaleNumber', () => {
  describe('a lone mark followed by three digits ("1,250") means what it means in the language', () => {
    it.each([
      ['1,250', 'en', '1250'],
      ['1,250', 'zh', '1250'],
      ['1,250', 'ar', '1250'],
      ['1,250', 'fr', '1.250'],
      ['1,250', 'es', '1.250'],
      ['1,250', 'ru', '1.250'],
      ['1.250', 'en', '1.250'],
      ['1.250', 'zh', '1.250'],
      ['1.250', 'ar', '1.250'],
      ['1.250', 'es', '1250'],
    ])('“%s” in %s is %s', (text, locale, value) => {
      expect(read(text, locale)).toEqual({ value });
    });

    it.each([['1.250', 'fr'], ['1.250', 'ru']])('“%s” in %s is refused: a point is neither of its marks', (text, locale) => {
      expect(read(text, locale)).toEqual({ error: 'ambiguous' });
    });
  });

  describe('each language as Intl writes it', () => {
    it.each([
      ['1,250.5', 'en'],
      ['1,250.5', 'zh'],
      [`1${NNBSP}250,5`, 'fr'],
      [`1${NBSP}250,5`, 'fr'],
      ['1 250,5', 'fr'],
      [`1${NBSP}250,5`, 'ru'],
      ['1 250,5', 'ru'],
      ['1.250,5', 'es'],
      ['1250,5', 'es'],
      ['1,250.5', 'ar'],
      ['١٬٢٥٠٫٥', 'ar'],
      ['۱٬۲۵۰٫۵', 'ar'],
      ['١٢٥٠٫٥', 'ar'],
    ])('“%s” in %s is 1250.5', (text, locale) => {
      expect(read(text, locale)).toEqual({ value: '1250.5' });
    });

    it.each(['en', 'fr', 'es', 'ar', 'zh', 'ru'])('reads back what it formats in %s, every digit kept', (locale) => {
      for (const value of ['0', '7', '-3.25', '1250.50', '1234567.000001', '9999999999999999.99']) {
        expect(read(formatLocaleNumber(value, locale), locale)).toEqual({ value });
      }
    });

    it('reads the Arabic-Indic formatting Intl gives with Arabic digits, and its direction marks', () => {
      const arabic = new Intl.NumberFormat('ar', { numberingSystem: 'arab', minimumFractionDigits: 2 }).format(-1250000.5);
      expect(arabic).toMatch(/[٠-٩]/);
      expect(read(arabic, 'ar')).toEqual({ value: '-1250000.50' });
      expect(read(`\u061C-١٢`, 'ar')).toEqual({ value: '-12' });
    });
  });

  describe('digits of every script in every language', () => {
    it.each(['en', 'fr', 'es', 'ar', 'zh', 'ru'])('%s', (locale) => {
      expect(read('١٢٣٤', locale)).toEqual({ value: '1234' });
      expect(read('۱۲۳۴', locale)).toEqual({ value: '1234' });
      expect(read('１２３４', locale)).toEqual({ value: '1234' });
      // The Arabic marks are read one way only, whatever the language.
      expect(read('١٬٢٣٤٫٥', locale)).toEqual({ value: '1234.5' });
      expect(read('12 345', locale)).toEqual({ value: '12345' });
    });
  });

  describe('refuses what a reader would have to guess', () => {
    it.each([
      ['1,25', 'en'],
      ['1,25', 'zh'],
      ['1,25', 'ar'],
      ['12345,5', 'en'],
      ['1,2345', 'en'],
      // Three digits after it, but too many before: not grouping, so perhaps a decimal comma.
      ['1250,000', 'en'],
      [',5', 'en'],
      ['1.25', 'es'],
      ['1.5', 'fr'],
      ['1.5', 'ru'],
      ['1,250,000', 'fr'],
      ['1,250,000', 'es'],
      ['1.250.000', 'en'],
      // Mixed marks in the other language's order.
      ['1.250,5', 'en'],
      ['1.250,5', 'zh'],
      ['1,250.5', 'es'],
      ['1 250.5', 'fr'],
      ['1 250,5', 'en'],
      ["1'250", 'en'],
    ])('“%s” in %s is ambiguous', (text, locale) => {
      expect(read(text, locale)).toEqual({ error: 'ambiguous' });
    });

    it.each([
      ['12,50,000', 'en'],
      ['1,2,3', 'en'],
      ['1 25', 'en'],
      ['12 5000', 'fr'],
      ['1.25.000', 'es'],
      ['1,250 000', 'en'],
      ['3,141 592', 'fr'],
    ])('“%s” in %s has its grouping in the wrong places', (text, locale) => {
      expect(read(text, locale)).toEqual({ error: 'grouping' });
    });

    it.each(['abc', '1e6', '12%', '$12', '--5', '+5', '5-', '1,,250', '1.', '-', '12 .5', 'NaN', 'Infinity'])('“%s” is not a number', (text) => {
      expect(read(text, 'en')).toEqual({ error: 'notANumber' });
    });

    it('tells empty apart', () => {
      expect(read('', 'fr')).toEqual({ error: 'empty' });
      expect(read(`  ${NBSP}`, 'fr')).toEqual({ error: 'empty' });
    });
  });

  it('writes the canonical decimal: minus sign, no leading zeros, decimals as written', () => {
    expect(read('\u22123,5', 'fr')).toEqual({ value: '-3.5' });
    expect(read(' -0012.50 ', 'en')).toEqual({ value: '-12.50' });
    expect(read('.5', 'en')).toEqual({ value: '0.5' });
    expect(read(',5', 'fr')).toEqual({ value: '0.5' });
    expect(read('-0', 'en')).toEqual({ value: '0' });
    expect(read('0,000', 'ru')).toEqual({ value: '0.000' });
  });
});
