import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { errorSummaryKey } from '../../api/api-error';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { CatalogueStore } from '../data/catalogue-store';
import { CatalogueAreaSection } from '../ui/catalogue-area-section';

@Component({
  selector: 'app-catalogue-page',
  imports: [MatProgressSpinnerModule, RouterLink, TranslatePipe, NumberPipe, CatalogueAreaSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'catalogue.title' | t }}</h1>
    <p>{{ 'catalogue.intro' | t }}</p>
    <div role="status" aria-live="polite">
      @if (store.loading()) {
        <div class="loading">
          <mat-progress-spinner mode="indeterminate" diameter="32" [attr.aria-label]="'common.loading' | t" />
          <span>{{ 'common.loading' | t }}</span>
        </div>
      }
    </div>
    <div role="alert">
      @if (errorKey(); as key) {
        <p class="banner error">{{ key | t }}</p>
      }
    </div>
    @if (store.catalogue(); as catalogue) {
      <dl class="facts">
        <div><dt>{{ 'catalogue.version' | t }}</dt><dd>{{ catalogue.version | num }} — {{ catalogue.label }}</dd></div>
        <div><dt>{{ 'catalogue.source' | t }}</dt><dd><cite>{{ catalogue.source }}</cite></dd></div>
      </dl>
      <p class="muted">{{ 'catalogue.draftNote' | t }}</p>
      <nav [attr.aria-label]="'catalogue.areasNav' | t">
        <ul class="toc">
          @for (area of catalogue.areas; track area.key) {
            <li><a routerLink="." [fragment]="'area-' + area.key">{{ 'area.' + area.key | t }} ({{ area.key }})</a></li>
          }
        </ul>
      </nav>
      @for (area of catalogue.areas; track area.key) {
        <app-catalogue-area-section [area]="area" />
      }
    }
  `,
  styles: `
    .facts { display: grid; gap: 0.5rem; }
    .facts dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; }
    .toc { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; padding: 0; list-style: none; }
  `,
})
export class CataloguePage {
  protected readonly store = inject(CatalogueStore);
  protected readonly errorKey = computed(() => {
    const error = this.store.error();
    return error ? errorSummaryKey(error) : null;
  });
}
