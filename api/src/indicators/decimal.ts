import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * Baselines, targets and measured values travel as decimal strings ("12.5"), never as JSON numbers,
 * so no digit is lost on the way; the database keeps them as `numeric`.
 */
export const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;
export const DECIMAL_RULE = 'a decimal number written as a string, such as "12.5" (up to 15 digits before the point and 6 after)';

export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** "012.50" → "12.5", "-0.0" → "0": one spelling per number. */
export function normaliseDecimal(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  const written = decimals ? `${integer}.${decimals}` : integer;
  return negative && /[1-9]/.test(written) ? `-${written}` : written;
}

/** An exact decimal as an integer and its scale: "-12.05" → { units: -1205n, scale: 2 }. */
export function parseDecimal(value: string): { units: bigint; scale: number } {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative || value.startsWith('+') ? value.slice(1) : value).split('.');
  const units = BigInt(`${whole || '0'}${fraction}`);
  return { units: negative ? -units : units, scale: fraction.length };
}

/** Several decimals as integers of one common scale, so they can be compared and subtracted exactly. */
export function toCommonScale(...values: string[]): bigint[] {
  const parsed = values.map(parseDecimal);
  const scale = Math.max(...parsed.map((value) => value.scale));
  return parsed.map((value) => value.units * 10n ** BigInt(scale - value.scale));
}

/** -1, 0 or 1 as a is below, equal to or above b, exactly. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = toCommonScale(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function IsDecimalString(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDecimalString',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => isDecimalString(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be ${DECIMAL_RULE}`,
      },
    });
}
