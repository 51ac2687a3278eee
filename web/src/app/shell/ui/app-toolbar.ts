import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { Language } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { LanguageSwitch } from '../../i18n/ui/language-switch';
import { NotificationBell } from '../../notifications/feature/notification-bell';
import { Icon } from './icon';

@Component({
  selector: 'app-toolbar',
  imports: [MatButtonModule, MatToolbarModule, RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch, Icon, NotificationBell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <mat-toolbar class="toolbar">
        <!-- The root sends each person to their home page (a donor's is the portfolio). -->
        <a class="product" routerLink="/">{{ 'app.name' | t }}</a>
        @if (userName(); as name) {
          <nav [attr.aria-label]="'shell.mainNavigation' | t" class="nav">
            <a mat-button routerLink="/plans" routerLinkActive="active" ariaCurrentWhenActive="page">
              {{ 'shell.plans' | t }}
            </a>
            <a mat-button routerLink="/portfolio" routerLinkActive="active" ariaCurrentWhenActive="page">
              {{ 'portfolio.navLink' | t }}
            </a>
            <a mat-button routerLink="/catalogue" routerLinkActive="active" ariaCurrentWhenActive="page">
              {{ 'shell.catalogue' | t }}
            </a>
          </nav>
        }
        <span class="spacer"></span>
        @defer (on idle) {
          <app-language-switch [language]="language()" (languageChange)="languageChange.emit($event)" />
        } @placeholder {
          <span class="language-placeholder"></span>
        }
        @if (userName(); as name) {
          @defer (on idle) {
            <app-notification-bell />
          } @placeholder {
            <span class="bell-placeholder"></span>
          }
          <span class="user" [attr.title]="'shell.signedInAs' | t: { name }">{{ name }}</span>
          <button mat-button type="button" (click)="signOut.emit()">
            <app-icon name="logout" />
            {{ 'shell.signOut' | t }}
          </button>
        }
      </mat-toolbar>
    </header>
  `,
  styles: `
    .toolbar { gap: 0.5rem; flex-wrap: wrap; height: auto; min-height: 72px; padding-block: 0.25rem; }
    .product { font-weight: 600; font-size: 1.2rem; color: inherit; text-decoration: none; margin-inline-end: 1rem; }
    .product:hover { text-decoration: underline; }
    .nav { display: flex; gap: 0.25rem; }
    .nav .active { text-decoration: underline; text-underline-offset: 0.3em; }
    .spacer { flex: 1 1 auto; }
    .user { font-size: 0.95rem; }
    .bell-placeholder { display: inline-block; width: 48px; }
    .language-placeholder { display: inline-block; width: 10rem; }
  `,
})
export class AppToolbar {
  readonly userName = input<string | null>(null);
  readonly language = input.required<Language>();
  readonly languageChange = output<Language>();
  readonly signOut = output<void>();
}
