const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** Whether the text is a plain decimal string as the API sends them ("1250000.00", "-12.5"). */
export function isDecimalString(value: string | null | undefined): value is string {
  return typeof value === 'string' && DECIMAL_STRING.test(value);
}

/** Digits after the point that carry something: "12.50" → 1, "3" → 0. */
export function significantFractionDigits(value: string): number {
  const fraction = value.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/**
 * Formats a decimal string with a formatter, exactly. ECMA-402 (2023) reads a string argument as an exact decimal
 * ("9999999999999999.99" stays so), where a JavaScript number would already have been rounded to a binary float:
 * the string goes to the formatter as it is, and nothing is computed with it here.
 */
export function formatDecimalString(formatter: Intl.NumberFormat, value: string): string {
  // The standard library's typings (ES2022) still only name number and bigint.
  const format = formatter.format as (value: number | bigint | string) => string;
  return format(value);
}

/** A measured value, baseline or target ("12.5") in the language's way of writing numbers; up to six decimals. */
export function formatDecimal(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  if (!isDecimalString(value)) return value;
  return formatDecimalString(new Intl.NumberFormat(language, { maximumFractionDigits: 6 }), value);
}
