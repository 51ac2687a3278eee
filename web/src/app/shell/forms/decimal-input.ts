import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** How many digits a decimal may have before and after the point, and whether it may be negative. */
export interface DecimalRule {
  integerDigits: number;
  fractionDigits: number;
  negative: boolean;
}

/** Indicator baselines, targets and measured values (the API's `numeric`: 15 digits before the point, 6 after). */
export const INDICATOR_VALUE: DecimalRule = { integerDigits: 15, fractionDigits: 6, negative: true };
/** Budget amounts (numeric(18,2), never negative). */
export const MONEY_AMOUNT: DecimalRule = { integerDigits: 16, fractionDigits: 2, negative: false };

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/**
 * What a person typed, as the decimal string the API takes — or null when it is not a number the rule allows.
 * Accepts Arabic-Indic digits, the Arabic decimal separator (٫), a comma instead of the point (the decimal
 * separator of French, Russian and Spanish), and spaces or the Arabic thousands mark (٬) between digit groups.
 * Commas as thousands separators are refused rather than guessed at: "1,250" could mean either.
 */
export function normaliseDecimalInput(text: string | null | undefined, rule: DecimalRule): string | null {
  if (text === null || text === undefined) return null;
  const written = [...text.trim()]
    .map((character) => {
      const code = character.codePointAt(0) ?? 0;
      if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
      if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
        return String(code - EXTENDED_ARABIC_INDIC_ZERO);
      }
      if (character === '\u066B' || character === ',') return '.';
      if (character === '\u2212') return '-';
      return character;
    })
    .join('')
    // Group separators: spaces of every width, and the Arabic thousands mark.
    .replace(/[\s\u00A0\u202F\u066C]/g, '');
  const pattern = new RegExp(
    `^(${rule.negative ? '-?' : ''})(\\d{1,${rule.integerDigits}})(?:\\.(\\d{1,${rule.fractionDigits}}))?$`,
  );
  const match = pattern.exec(written);
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** `{ decimal: true }` when the control holds text that is not a number the rule allows (empty is left to `required`). */
export function decimalValidator(rule: DecimalRule): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string | null;
    if (value === null || value.trim() === '') return null;
    return normaliseDecimalInput(value, rule) === null ? { decimal: true } : null;
  };
}

/**
 * Compares two decimal strings exactly (as integers of a common scale, never as binary floats): -1, 0 or 1.
 * Both must be decimals as `normaliseDecimalInput` returns them.
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = toCommonScale(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function toCommonScale(a: string, b: string): [bigint, bigint] {
  const parse = (value: string) => {
    const negative = value.startsWith('-');
    const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
    const units = BigInt(`${whole}${fraction}`);
    return { units: negative ? -units : units, scale: fraction.length };
  };
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  return [x.units * 10n ** BigInt(scale - x.scale), y.units * 10n ** BigInt(scale - y.scale)];
}
