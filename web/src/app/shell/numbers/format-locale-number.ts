import { formatDecimalString, isDecimalString } from '../../i18n/model/decimal-format';

/**
 * A canonical decimal ("1250.50") written for `locale`'s reader, exactly (the string goes to Intl, never a float),
 * with the decimals it has: what an input shows when it opens on a saved value, and what parseLocaleNumber reads
 * back to the same value.
 */
export function formatLocaleNumber(value: string, locale: string): string {
  if (!isDecimalString(value)) return value;
  const decimals = Math.min((value.split('.')[1] ?? '').length, 20);
  const formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return formatDecimalString(formatter, value);
}

/** The number messages show as an example, in the language's marks: "12,345.50", "12 345,50", "12.345,50". */
export function numberExample(locale: string): string {
  return formatLocaleNumber('12345.50', locale);
}
