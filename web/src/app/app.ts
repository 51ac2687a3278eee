import { Dir } from '@angular/cdk/bidi';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { Language } from './api/models';
import { SessionStore } from './auth/data/session-store';
import { Translator } from './i18n/data/translator';
import { NotificationsStore } from './notifications/data/notifications-store';
import { TranslatePipe } from './i18n/translate-pipe';
import { AppToolbar } from './shell/ui/app-toolbar';

@Component({
  selector: 'app-root',
  imports: [Dir, RouterOutlet, AppToolbar, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly translator = inject(Translator);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly userName = computed(() => (this.session.isSignedIn() ? (this.session.user()?.name ?? '') : null));

  constructor() {
    this.session.refreshUser();
    const notifications = inject(NotificationsStore);
    effect(() => {
      const signedIn = this.userName() !== null;
      untracked(() => (signedIn ? notifications.start() : notifications.stop()));
    });
    // When the page (not just its query or fragment) changes, move focus to the new page's heading
    // so screen readers announce it.
    let previousPath: string | null = null;
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((event) => {
        const path = event.urlAfterRedirects.split(/[?#]/)[0];
        if (previousPath !== null && path !== previousPath) setTimeout(() => this.focusHeadingWhenRendered(), 0);
        previousPath = path;
        notifications.refresh();
      });
  }

  protected changeLanguage(language: Language): void {
    this.session.changeLanguage(language);
  }

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigate(['/sign-in']));
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  /** Pages render their heading once data arrives: try for a few seconds, then give up. */
  private focusHeadingWhenRendered(attempt = 0): void {
    const heading = this.document.querySelector<HTMLElement>('#main h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return;
    }
    if (attempt < 30) setTimeout(() => this.focusHeadingWhenRendered(attempt + 1), 100);
  }
}
