import { ValidatorFn } from '@angular/forms';
import { isDecimalString } from '../../i18n/model/decimal-format';
import { MessageRef } from '../../i18n/model/message-ref';
import { DecimalRule } from '../forms/decimal-input';
import { numberExample } from './format-locale-number';
import { numberMarks } from './number-marks';
import { NumberError, parseLocaleNumber } from './parse-locale-number';

export type NumberProblem = Exclude<NumberError, 'empty'> | 'negative' | 'tooManyDecimals' | 'tooLarge';

/** What the API would refuse in a canonical decimal ("-5" for money, seven decimals for an indicator). */
export function decimalRuleProblem(value: string, rule: DecimalRule): NumberProblem | null {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  if (negative && !rule.negative) return 'negative';
  if (fraction.length > rule.fractionDigits) return 'tooManyDecimals';
  if (whole.replace(/^0+/, '').length > rule.integerDigits) return 'tooLarge';
  return null;
}

/** A typed text in the language, read against the rule: the canonical value, or the problem (null for empty). */
export function readNumberInput(text: string, locale: string, rule: DecimalRule): { value: string } | { problem: NumberProblem } | null {
  const read = parseLocaleNumber(text, locale);
  if ('error' in read) return read.error === 'empty' ? null : { problem: read.error };
  const problem = decimalRuleProblem(read.value, rule);
  return problem ? { problem } : read;
}

/** The problem, as a message in the language's own terms (its decimal mark, an example in its marks). */
export function numberProblemMessage(problem: NumberProblem, locale: string, rule: DecimalRule): MessageRef {
  const example = numberExample(locale);
  const decimal = numberMarks(locale).shownDecimal;
  switch (problem) {
    case 'notANumber':
      return { key: 'numbers.error.notANumber', params: { example } };
    case 'ambiguous':
      return { key: 'numbers.error.ambiguous', params: { example, decimal } };
    case 'grouping':
      return { key: 'numbers.error.grouping', params: { example } };
    case 'negative':
      return { key: 'numbers.error.negative' };
    case 'tooManyDecimals':
      return { key: 'numbers.error.tooManyDecimals', params: { max: rule.fractionDigits } };
    case 'tooLarge':
      return { key: 'numbers.error.tooLarge', params: { max: rule.integerDigits } };
  }
}

/** The hint under an empty field: how numbers are written in the language. */
export function numberHintMessage(locale: string): MessageRef {
  return { key: 'numbers.hint', params: { example: numberExample(locale) } };
}

/**
 * On the form control, which holds what the API takes: `{ decimal: true }` unless it is a canonical decimal the rule
 * allows (empty is left to `required`). The input directive puts the text itself in the control when it cannot read
 * it, and its own `number` error says why; that text may still look canonical (a French "1.250"), which is why
 * readers of the value check the control's validity, not only its shape.
 */
export function canonicalDecimalValidator(rule: DecimalRule): ValidatorFn {
  return (control) => {
    const value = control.value as string | null;
    if (value === null || value === '') return null;
    return isDecimalString(value) && !decimalRuleProblem(value, rule) ? null : { decimal: true };
  };
}
