import { numberMarks, SPACES } from './number-marks';

/**
 * Why a text is not a number:
 * - `empty`: nothing but spaces;
 * - `notANumber`: letters, symbols, a sign in the wrong place, two marks in a row;
 * - `ambiguous`: a mark this language does not give that role, so the writer may have meant something else
 *   (English "1,25", French "1.250", English "1.250,5");
 * - `grouping`: this language's grouping marks, but not in groups of three (or mixed, or among the decimals).
 */
export type NumberError = 'empty' | 'notANumber' | 'ambiguous' | 'grouping';

/** A canonical decimal as the API takes it ("-1250.50": ASCII digits, '.' before the decimals, digits as written). */
export type ParsedNumber = { value: string } | { error: NumberError };

/** Marks that some language reads as decimal or grouping: in a language that does not, they are refused, not ignored. */
const FOREIGN_MARKS = new Set(['.', ',', "'", '\u2019', '\u066B', '\u066C', '\u060C', '\u00B7']);
/** Direction marks Intl puts around Arabic numbers and signs; they survive a copy and paste. */
const BIDI_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0xff10];

function asciiDigits(text: string): string {
  return [...text]
    .map((character) => {
      const code = character.codePointAt(0) ?? 0;
      const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
      return zero === undefined ? character : String(code - zero);
    })
    .join('');
}

/**
 * Reads a number as a person writes it in `locale`'s language.
 *
 * A lone mark followed by exactly three digits ("1,250") is the one a reader could take either way. It is read
 * by the language: where that mark is the decimal mark (French) it is decimals, 1.25; where it groups thousands
 * (English, Chinese, Arabic in Western digits) it is 1250; where it is neither (a point in French) it is refused.
 * A grouping mark followed by anything but three digits is not grouping, so the writer probably meant a decimal
 * mark: refused as ambiguous rather than guessed. Digits may be Western, Arabic-Indic or Extended Arabic-Indic
 * (and full-width) in every language.
 */
export function parseLocaleNumber(text: string, locale: string): ParsedNumber {
  const cleaned = asciiDigits(text.replace(BIDI_MARKS, '').replace(SPACES, ' ').trim());
  if (cleaned === '') return { error: 'empty' };
  const negative = /^[-\u2212]/.test(cleaned);
  const tokens = (negative ? cleaned.slice(1) : cleaned).match(/\d+|\D/g) ?? [];
  const { decimal, group } = numberMarks(locale);
  const isDigits = (token: string) => /^\d/.test(token);

  if (tokens.length === 0 || !isDigits(tokens[tokens.length - 1])) return { error: 'notANumber' };
  for (const [index, token] of tokens.entries()) {
    if (isDigits(token)) continue;
    if (!decimal.has(token) && !group.has(token) && !FOREIGN_MARKS.has(token)) return { error: 'notANumber' };
    if (index > 0 && !isDigits(tokens[index - 1])) return { error: 'notANumber' };
  }
  if (tokens.some((token) => !isDigits(token) && !decimal.has(token) && !group.has(token))) return { error: 'ambiguous' };

  const decimalAt = tokens.flatMap((token, index) => (decimal.has(token) ? [index] : []));
  if (decimalAt.length > 1) return { error: 'ambiguous' };
  const integer = decimalAt.length ? tokens.slice(0, decimalAt[0]) : tokens;
  const fraction = decimalAt.length ? tokens.slice(decimalAt[0] + 1) : [];
  if (fraction.length > 1) {
    // A comma after an English decimal point is someone else's convention; a space there is SI's, which we refuse.
    return { error: fraction.some((token) => token !== ' ' && !isDigits(token)) ? 'ambiguous' : 'grouping' };
  }

  const grouping = checkGrouping(integer, decimalAt.length > 0);
  if (grouping) return { error: grouping };
  const whole = integer.filter(isDigits).join('').replace(/^0+(?=\d)/, '') || '0';
  const value = `${whole}${fraction.length ? `.${fraction[0]}` : ''}`;
  return { value: negative && /[1-9]/.test(value) ? `-${value}` : value };
}

/** The integer part's runs of digits, split by grouping marks: one kind of mark, groups of three after the first. */
function checkGrouping(tokens: string[], hasDecimal: boolean): NumberError | null {
  const marks = tokens.filter((token) => !/^\d/.test(token));
  if (marks.length === 0) return null;
  const runs = tokens.filter((token) => /^\d/.test(token));
  // A leading decimal mark (".5") leaves no integer run at all; that is fine.
  const firstRun = tokens[0] && /^\d/.test(tokens[0]) ? tokens[0] : '';
  const grouped = firstRun.length >= 1 && firstRun.length <= 3 && runs.slice(1).every((run) => run.length === 3);
  if (!grouped) {
    const last = marks[marks.length - 1];
    const lone = marks.filter((mark) => mark === last).length === 1;
    return !hasDecimal && last !== ' ' && lone ? 'ambiguous' : 'grouping';
  }
  return new Set(marks).size > 1 ? 'grouping' : null;
}
