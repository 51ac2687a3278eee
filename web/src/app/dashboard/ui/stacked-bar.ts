import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PercentPipe, NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { stackedSegments } from '../model/chart-geometry';
import { FigureLink } from '../model/step-list-links';

/** How a part is drawn: each tone has its own colour and pattern (stripes, hatching, solid), so it is told apart without colour. */
export type ChartTone = 'waiting' | 'moving' | 'stuck' | 'finished' | 'dropped' | 'started';

export interface ChartPart {
  key: string;
  /** Already translated. */
  label: string;
  count: number;
  tone: ChartTone;
  /** Where the figure's list is; null where there is none (a shared page). */
  link: FigureLink | null;
}

/**
 * Counts as one stacked bar, then the same counts as a table. The bar is one image described in words (its
 * `description`); the table — visible, with each part's swatch, count, share and link — is what keyboard and
 * screen-reader users read and follow.
 */
@Component({
  selector: 'app-stacked-bar',
  imports: [RouterLink, TranslatePipe, NumberPipe, PercentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="img" [attr.aria-label]="description()">
      @for (segment of segments(); track segment.part.key) {
        @if (segment.size > 0) {
          <span [class]="'segment tone-' + segment.part.tone" [style.inline-size.%]="segment.size"></span>
        }
      }
    </div>
    <table class="data-table">
      <caption>{{ caption() }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ firstColumn() }}</th>
          <th scope="col" class="number">{{ 'dashboard.columns.count' | t }}</th>
          <th scope="col" class="number">{{ 'dashboard.columns.share' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (segment of segments(); track segment.part.key) {
          <tr>
            <th scope="row"><span [class]="'swatch tone-' + segment.part.tone" aria-hidden="true"></span>{{ segment.part.label }}</th>
            <td class="number">
              @if (segment.part.link; as link) {
                <a [routerLink]="link.commands" [queryParams]="link.queryParams"
                  [attr.aria-label]="'dashboard.openList' | t: { count: (segment.part.count | num), label: segment.part.label }">{{ segment.part.count | num }}</a>
              } @else {
                {{ segment.part.count | num }}
              }
            </td>
            <td class="number">{{ segment.size | percent100 }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host { display: block; }
    .bar { display: flex; block-size: 1.25rem; border-radius: 0.25rem; overflow: hidden; margin-block: 0.25rem 0.75rem;
      background: var(--mat-sys-surface-container-highest); outline: 1px solid var(--mat-sys-outline); }
    .segment + .segment { border-inline-start: 2px solid #fff; }
    .swatch { display: inline-block; inline-size: 1rem; block-size: 1rem; margin-inline-end: 0.5rem; vertical-align: -0.15rem;
      border-radius: 0.15rem; outline: 1px solid var(--mat-sys-outline); }
    .segment, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    /* Every colour has at least 3:1 against white; the patterns tell the parts apart without colour. */
    .tone-waiting { background: repeating-linear-gradient(45deg, #5f6368 0 3px, #fff 3px 6px); }
    .tone-moving { background: #1a5fb4; }
    .tone-started { background: repeating-linear-gradient(90deg, #8a5300 0 4px, #fff 4px 6px); }
    .tone-stuck { background: repeating-linear-gradient(-45deg, #b3261e 0 4px, #fff 4px 6px), #b3261e; }
    .tone-finished { background: #1b6e35; }
    .tone-dropped { background: radial-gradient(circle, #616161 1.5px, #fff 1.6px) 0 0 / 5px 5px; }
    caption { text-align: start; font: var(--mat-sys-title-small); padding-block-end: 0.35rem; }
    .number { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
  `,
})
export class StackedBar {
  readonly parts = input.required<ChartPart[]>();
  /** The bar in words ("57 steps: 50 not started, …"). */
  readonly description = input.required<string>();
  readonly caption = input.required<string>();
  readonly firstColumn = input.required<string>();

  protected readonly segments = computed(() => {
    const parts = this.parts();
    const geometry = stackedSegments(parts.map((part) => ({ key: part.key, count: part.count })));
    return parts.map((part, index) => ({ part, size: geometry[index].size }));
  });
}
