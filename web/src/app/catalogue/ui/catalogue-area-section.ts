import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CatalogueArea } from '../../api/models';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';

/** One area of the catalogue with its steps. */
@Component({
  selector: 'app-catalogue-area-section',
  imports: [TranslatePipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="area" [id]="'area-' + area().key" [attr.aria-labelledby]="'area-title-' + area().key">
      <h2 [id]="'area-title-' + area().key">
        {{ 'area.' + area().key | t }} <span class="key">({{ area().key }})</span>
        @if (area().crossCutting) {
          <span class="chip cross-cutting">{{ 'catalogue.crossCutting' | t }}</span>
        }
      </h2>
      @if (area().crossCutting) {
        <p class="muted">{{ 'catalogue.crossCuttingExplained' | t }}</p>
      }
      <p dir="auto">{{ area().description }}</p>
      <p class="muted">{{ 'catalogue.stepCount' | t: { count: (area().steps.length | num) } }}</p>
      <ol class="steps">
        @for (step of area().steps; track step.key) {
          <li class="step">
            <h3><span class="step-key">{{ step.key }}</span> <span dir="auto">{{ step.title }}</span></h3>
            <p dir="auto">{{ step.description }}</p>
            @if (step.principles.length) {
              <p class="chips">
                <span class="chips-label">{{ 'catalogue.principles' | t }}:</span>
                @for (principle of step.principles; track principle) {
                  <span class="chip">{{ 'principle.' + principle | t }}</span>
                }
              </p>
            }
            @if (step.serviceTypes.length) {
              <p class="chips">
                <span class="chips-label">{{ 'catalogue.serviceTypes' | t }}:</span>
                @for (serviceType of step.serviceTypes; track serviceType) {
                  <span class="chip service">{{ 'serviceType.' + serviceType | t }}</span>
                }
              </p>
            }
          </li>
        }
      </ol>
    </section>
  `,
  styles: `
    .area { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 0.5rem; margin-top: 1.5rem; scroll-margin-top: 1rem; }
    .key, .step-key { color: var(--mat-sys-on-surface-variant); font-weight: 400; }
    .step-key { font-family: ui-monospace, monospace; margin-inline-end: 0.5rem; }
    .cross-cutting { margin-inline-start: 0.5rem; vertical-align: middle; }
    .steps { list-style: none; padding: 0; }
    .step { padding: 0.5rem 0 0.75rem; border-bottom: 1px dashed var(--mat-sys-outline-variant); }
    .chips { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0.25rem 0; }
    .chips-label { font: var(--mat-sys-label-large); }
    .service { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
  `,
})
export class CatalogueAreaSection {
  readonly area = input.required<CatalogueArea>();
}
