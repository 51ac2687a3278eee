import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { Translator } from '../i18n/data/translator';

/** Route titles are translation keys; the document title follows the language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translator = inject(Translator);
  private readonly key = signal<string | undefined>(undefined);
  /** User content a page puts in front of its route title (a plan's or step's title). */
  private readonly contentTitle = signal<string | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.key();
      const content = this.contentTitle();
      const product = this.translator.t('app.name');
      const route = key ? this.translator.t(key) : null;
      // "Plan" or "Action step" says nothing once the plan's or step's own title is there.
      const generic = key === 'titles.plan' || key === 'titles.step';
      const parts = content ? (generic ? [content] : [route, content]) : [route];
      this.title.setTitle([...parts, product].filter((part) => !!part).join(' · '));
    });
  }

  private path: string | null = null;

  override updateTitle(snapshot: RouterStateSnapshot): void {
    // A new page drops the previous page's content title; a change of query parameters only keeps it.
    const path = snapshot.url.split(/[?#]/)[0];
    if (path !== this.path) this.contentTitle.set(null);
    this.path = path;
    this.key.set(this.buildTitle(snapshot));
  }

  /**
   * Shows user content (e.g. the plan's title) as the browser tab's title, before the route's own title
   * unless that only says "Plan" or "Action step". Cleared on the next navigation.
   */
  setContentTitle(title: string | null | undefined): void {
    this.contentTitle.set(title?.trim() || null);
  }
}
