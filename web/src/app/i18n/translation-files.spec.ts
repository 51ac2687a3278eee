import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AREA_KEYS, PRINCIPLES, SERVICE_TYPES } from '../catalogue/model/catalogue-labels';
import { USER_ASSIGNED_COUNTRIES } from '../plans/model/countries';
import { PRIORITIES, STEP_STATUSES } from '../steps/model/step-labels';
import { Dictionary, flattenKeys } from './model/dictionary';
import { LANGUAGES } from './model/languages';

const I18N_DIR = resolve(process.cwd(), 'public/i18n');

function loadKeys(language: string): Map<string, string> {
  const dictionary = JSON.parse(readFileSync(join(I18N_DIR, `${language}.json`), 'utf8')) as Dictionary;
  return flattenKeys(dictionary);
}

/** Placeholders such as {count} in a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

describe('translation files', () => {
  const english = loadKeys('en');

  it('exist for exactly the six WHO languages', () => {
    const files = readdirSync(I18N_DIR).filter((file) => file.endsWith('.json')).sort();
    expect(files).toEqual(LANGUAGES.map((language) => `${language.code}.json`).sort());
  });

  for (const { code } of LANGUAGES.filter((language) => language.code !== 'en')) {
    describe(code, () => {
      const translated = loadKeys(code);

      it('has every English key, none of them empty', () => {
        const missing = [...english.keys()].filter((key) => !translated.get(key)?.trim());
        expect(missing).toEqual([]);
      });

      it('has no key that English lacks', () => {
        const extra = [...translated.keys()].filter((key) => !english.has(key));
        expect(extra).toEqual([]);
      });

      it('keeps the same {placeholders} as English', () => {
        const mismatched = [...english.entries()]
          .filter(([key, text]) => translated.has(key))
          .filter(([key, text]) => placeholders(text).join() !== placeholders(translated.get(key)!).join())
          .map(([key]) => key);
        expect(mismatched).toEqual([]);
      });

      it('is translated rather than copied from English', () => {
        const copied = [...english.entries()].filter(
          ([key, text]) => /[a-z]{4,}/i.test(text) && translated.get(key) === text,
        );
        // A few words are the same in several languages (e.g. "Stop"); most must differ.
        expect(copied.length).toBeLessThan(english.size * 0.05);
      });
    });
  }

  it('labels every area, status, priority, principle, service type, role and user-assigned country', () => {
    const dynamic = [
      ...AREA_KEYS.map((key) => `area.${key}`),
      ...STEP_STATUSES.map((key) => `status.${key}`),
      ...PRIORITIES.map((key) => `priority.${key}`),
      ...PRINCIPLES.map((key) => `principle.${key}`),
      ...SERVICE_TYPES.map((key) => `serviceType.${key}`),
      ...['owner', 'editor', 'contributor', 'viewer'].map((key) => `role.${key}`),
      ...USER_ASSIGNED_COUNTRIES.map((code) => `country.${code}`),
    ];
    expect(dynamic.filter((key) => !english.has(key))).toEqual([]);
  });
});
