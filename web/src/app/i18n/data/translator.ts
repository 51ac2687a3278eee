import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, effect, inject, Injectable, signal } from '@angular/core';
import { Language } from '../../api/models';
import { Dictionary, interpolate, lookup } from '../model/dictionary';
import { FALLBACK_LANGUAGE, isLanguage, LANGUAGES, languageFromBrowser } from '../model/languages';

const STORAGE_KEY = 'reform-roadmap.language';

/**
 * The translation layer: the active language as a signal, dictionaries loaded over HTTP
 * from /i18n/<lang>.json, English as the fallback for any missing key.
 */
@Injectable({ providedIn: 'root' })
export class Translator {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries = signal<Partial<Record<Language, Dictionary>>>({});
  private readonly requests = new Map<Language, Promise<void>>();

  readonly language = signal<Language>(this.initialLanguage());
  readonly direction = computed(() => LANGUAGES.find((l) => l.code === this.language())?.dir ?? 'ltr');
  /** True once the active language's dictionary has arrived. */
  readonly ready = computed(() => this.dictionaries()[this.language()] !== undefined);

  constructor() {
    void this.load(FALLBACK_LANGUAGE);
    effect(() => {
      const language = this.language();
      void this.load(language);
      const html = this.document.documentElement;
      html.setAttribute('lang', language);
      html.setAttribute('dir', this.direction());
    });
  }

  /**
   * Switches the language and remembers it on this device — unless `remember` is false: a page that starts in a
   * language of its own (an invitation in its language) leaves the visitor's stored choice alone.
   */
  use(language: Language, { remember = true }: { remember?: boolean } = {}): void {
    if (!isLanguage(language)) return;
    this.language.set(language);
    if (!remember) return;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage may be unavailable (private mode); the choice still applies to this session.
    }
  }

  /** Translates a dotted key; falls back to English, then to the key itself. */
  t(key: string, params?: Record<string, unknown>): string {
    const dictionaries = this.dictionaries();
    const text =
      lookup(dictionaries[this.language()], key) ?? lookup(dictionaries[FALLBACK_LANGUAGE], key) ?? key;
    return interpolate(text, params);
  }

  /** True if the key exists in the active or fallback dictionary. */
  has(key: string): boolean {
    const dictionaries = this.dictionaries();
    return (lookup(dictionaries[this.language()], key) ?? lookup(dictionaries[FALLBACK_LANGUAGE], key)) !== undefined;
  }

  /** Resolves once the active language and English have loaded (or failed): used at start-up so no key flashes. */
  whenReady(): Promise<void> {
    return Promise.all([this.load(FALLBACK_LANGUAGE), this.load(this.language())]).then(() => undefined);
  }

  private load(language: Language): Promise<void> {
    const pending = this.requests.get(language);
    if (pending) return pending;
    const request = new Promise<void>((resolve) => {
      this.http.get<Dictionary>(`i18n/${language}.json`).subscribe({
        next: (dictionary) => {
          this.dictionaries.update((all) => ({ ...all, [language]: dictionary }));
          resolve();
        },
        error: () => {
          // Allow a later retry; meanwhile English (or the key) is shown.
          this.requests.delete(language);
          resolve();
        },
      });
    });
    this.requests.set(language, request);
    return request;
  }

  private initialLanguage(): Language {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (isLanguage(stored)) return stored;
    } catch {
      // ignore unavailable storage
    }
    const navigatorLanguages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    return languageFromBrowser(navigatorLanguages) ?? FALLBACK_LANGUAGE;
  }
}
