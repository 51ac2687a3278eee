import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Dictionary = { [key: string]: string | Dictionary };

/**
 * The web app's own translations (web/public/i18n/<language>.json), so that a spec finds elements by the names a
 * reader of that language hears. Fails on a missing key rather than searching for the key itself.
 */
export function translations(language: string): (key: string, params?: Record<string, string | number>) => string {
  const dictionary = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'public', 'i18n', `${language}.json`), 'utf8'),
  ) as Dictionary;
  return (key, params = {}) => {
    let value: string | Dictionary | undefined = dictionary;
    for (const part of key.split('.')) value = typeof value === 'object' ? value[part] : undefined;
    if (typeof value !== 'string') throw new Error(`${language}.json has no text for ${key}.`);
    return value.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
  };
}

/** The text as a regular expression that matches it literally. */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
