/** The marks a language writes numbers with, as Intl knows them. */
export interface NumberMarks {
  /** Characters read as the decimal mark. */
  decimal: ReadonlySet<string>;
  /** Characters read as thousands grouping; every kind of space is normalised to ' ' first. */
  group: ReadonlySet<string>;
  /** The decimal mark shown in messages: the language's own. */
  shownDecimal: string;
}

/** Every width of space: French writes U+202F, Russian U+00A0, people type U+0020, SI prints U+2009. */
export const SPACES = /[\u0020\u00A0\u2007\u2009\u202F]/g;

const cache = new Map<string, NumberMarks>();

/**
 * The language's marks in its default numbering system and in Western digits (Intl may give Arabic either way,
 * depending on the ICU version), plus marks no language reads another way: spaces and the Arabic thousands mark
 * (٬) only ever group, the Arabic decimal mark (٫) only ever separates decimals.
 */
export function numberMarks(locale: string): NumberMarks {
  const known = cache.get(locale);
  if (known) return known;
  const decimal = new Set(['\u066B']);
  const group = new Set([' ', '\u066C']);
  for (const options of [{}, { numberingSystem: 'latn' }] as Intl.NumberFormatOptions[]) {
    for (const part of new Intl.NumberFormat(locale, options).formatToParts(1234567.5)) {
      const mark = part.value.replace(SPACES, ' ');
      if (part.type === 'decimal') decimal.add(mark);
      if (part.type === 'group') group.add(mark);
    }
  }
  const shownDecimal = new Intl.NumberFormat(locale).formatToParts(0.5).find((part) => part.type === 'decimal')?.value ?? '.';
  // A character read both ways would make every reading a guess: it then counts as neither.
  for (const mark of [...decimal]) {
    if (group.delete(mark)) decimal.delete(mark);
  }
  const marks = { decimal, group, shownDecimal };
  cache.set(locale, marks);
  return marks;
}
