import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CurrencyBudget, SharedCurrencyBudget } from '../../api/models';
import { currencyName, isNegativeAmount } from '../../budget/model/money';
import { MoneyPipe } from '../../budget/ui/money-pipe';
import { Translator } from '../../i18n/data/translator';
import { ProgressPipe } from '../../indicators/ui/indicator-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { currencyBudgetView } from '../model/budget-view';
import { planSectionLink } from '../model/step-list-links';
import { BudgetTable } from './budget-table';
import { FundingBar } from './funding-bar';

/**
 * The budget per currency (never added across currencies): planned, committed, disbursed and the funding gap, then by
 * area and by funder where the figures have them (a public share link has only the totals).
 */
@Component({
  selector: 'app-budget-summary',
  imports: [RouterLink, TranslatePipe, MoneyPipe, ProgressPipe, FundingBar, BudgetTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{{ 'dashboard.budget.heading' | t }}</h2>
      @if (currencies().length === 0) {
        <div class="empty-note">
          <p>{{ 'dashboard.budget.empty' | t }}</p>
          @if (link(); as link) {
            <p><a [routerLink]="link.commands">{{ 'dashboard.budget.emptyAction' | t }}</a></p>
          }
        </div>
      } @else {
        @if (currencies().length > 1) {
          <p class="muted">{{ 'dashboard.budget.currenciesApart' | t }}</p>
        }
        @for (view of currencies(); track view.currency) {
          @let total = view.total;
          <section class="currency" [attr.aria-labelledby]="'budget-' + view.currency" [attr.data-currency]="view.currency">
            <h3 [id]="'budget-' + view.currency">{{ heading(view.currency) }}</h3>
            <dl class="totals">
              <div><dt>{{ 'budget.fields.planned' | t }}</dt><dd>{{ total.planned | money: view.currency }}</dd></div>
              <div><dt>{{ 'budget.fields.committed' | t }}</dt><dd>{{ total.committed | money: view.currency }}</dd></div>
              <div><dt>{{ 'budget.fields.disbursed' | t }}</dt><dd>{{ total.disbursed | money: view.currency }}</dd></div>
              <div [class.negative]="negative(total.gap)">
                <dt>{{ 'budget.fields.gapLong' | t }}</dt>
                <dd>{{ total.gap | money: view.currency }}
                  @if (negative(total.gap)) { <span class="note">{{ 'budget.overCommitted' | t }}</span> }
                </dd>
              </div>
            </dl>
            <app-funding-bar [committedShare]="total.committedShare" [disbursedShare]="total.disbursedShare" />
            @if (total.committedShare !== null) {
              <p class="share">{{ 'dashboard.budget.shares' | t: { committed: (total.committedShare | progress), disbursed: (total.disbursedShare | progress) } }}</p>
            }
            @if (view.byArea.length > 0) {
              <app-budget-table [caption]="'dashboard.budget.byArea' | t: { currency: view.currency }" [firstColumn]="'dashboard.columns.area' | t"
                [currency]="view.currency" [rows]="view.byArea" />
            }
            @if (view.byFunder.length > 0) {
              <app-budget-table [caption]="'dashboard.budget.byFunder' | t: { currency: view.currency }" [firstColumn]="'dashboard.columns.funder' | t"
                [currency]="view.currency" [rows]="view.byFunder" />
            }
          </section>
        }
        @if (link(); as link) {
          <p class="more"><a [routerLink]="link.commands">{{ 'dashboard.budget.open' | t }}</a></p>
        }
      }
    </section>
  `,
  styles: `
    .currency + .currency { margin-block-start: 1.5rem; }
    .totals { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0 0 0.5rem; }
    .totals dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .totals dd { margin: 0; font: var(--mat-sys-title-large); font-variant-numeric: tabular-nums; }
    .negative dd { font-weight: 700; }
    .note { display: block; font: var(--mat-sys-body-small); }
    .share { margin-block: 0.25rem 0; font: var(--mat-sys-body-small); }
  `,
})
export class BudgetSummary {
  private readonly translator = inject(Translator);
  readonly budget = input.required<readonly (CurrencyBudget | SharedCurrencyBudget)[]>();
  readonly planId = input<string | null>(null);

  protected readonly negative = isNegativeAmount;
  protected readonly link = computed(() => {
    const planId = this.planId();
    return planId ? planSectionLink(planId, 'budget') : null;
  });
  protected readonly currencies = computed(() => {
    this.translator.language();
    const areaLabel = (area: string) => this.translator.t('area.' + area);
    return this.budget().map((budget) => currencyBudgetView(budget, areaLabel, budget.currency));
  });

  /** "US dollar (USD)". */
  protected heading(code: string): string {
    return `${currencyName(code, this.translator.language())} (${code})`;
  }
}
