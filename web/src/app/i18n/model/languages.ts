import { Language } from '../../api/models';

export interface LanguageOption {
  code: Language;
  /** The language's name in itself: never translated. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

/** The six official WHO languages, in the order WHO lists them. */
export const LANGUAGES: readonly LanguageOption[] = [
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'zh', nativeName: '中文', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
];

export const FALLBACK_LANGUAGE: Language = 'en';

/** The language's entry (its own name and direction). */
export function languageOption(code: Language): LanguageOption {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES.find((language) => language.code === FALLBACK_LANGUAGE)!;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && LANGUAGES.some((language) => language.code === value);
}

/** Picks the first supported language from the browser's preferences. */
export function languageFromBrowser(preferences: readonly string[]): Language | null {
  for (const preference of preferences) {
    const primary = preference.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return null;
}
