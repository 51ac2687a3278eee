import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { loadErrorSummaryKey, toApiError } from '../../api/api-error';
import { CurrencyBudget } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { LiveState, PlanEvents } from '../../plans/data/plan-events';
import { PlanStore } from '../../plans/data/plan-store';
import { loadPlanPage } from '../../plans/data/load-plan-page';
import { PlanPageHeader } from '../../plans/ui/plan-page-header';
import { Icon } from '../../shell/ui/icon';
import { BudgetApi } from '../data/budget-api';
import { currencyName, isNegativeAmount } from '../model/money';
import { BreakdownRow, BudgetBreakdown } from '../ui/budget-breakdown';
import { MoneyPipe } from '../ui/money-pipe';

/** A currency's budget with its breakdowns as table rows, labels translated. */
interface CurrencySection {
  budget: CurrencyBudget;
  byArea: BreakdownRow[];
  byFunder: BreakdownRow[];
  byYear: BreakdownRow[];
}

/**
 * The plan's budget, one section per currency (amounts of different currencies are never added): planned,
 * committed, disbursed, the funding gap and the flagged lines, then by area, by funder and by year. Every figure is
 * the server's; the page only formats them.
 */
@Component({
  selector: 'app-budget-page',
  imports: [
    MatProgressSpinnerModule, TranslatePipe, NumberPipe, Icon, PlanPageHeader, BudgetBreakdown, MoneyPipe,
  ],
  providers: [PlanStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-live]': 'live()' },
  templateUrl: './budget-page.html',
  styleUrl: './budget-page.scss',
})
export class BudgetPage {
  protected readonly planStore = inject(PlanStore);
  private readonly budgetApi = inject(BudgetApi);
  private readonly translator = inject(Translator);

  readonly planId = input.required<string>();

  protected readonly plan = this.planStore.plan;
  protected readonly live = signal<LiveState>('connecting');
  protected readonly resource = rxResource({
    params: () => ({ planId: this.planId() }),
    stream: ({ params }) => this.budgetApi.planBudget(params.planId),
  });
  protected readonly loadErrorKey = computed(() => {
    const error = this.planStore.error() ?? (this.resource.error() ? toApiError(this.resource.error()) : null);
    return error ? loadErrorSummaryKey(error) : null;
  });
  protected readonly isNegative = isNegativeAmount;

  protected readonly sections = computed<CurrencySection[]>(() => {
    if (!this.resource.hasValue()) return [];
    const t = (key: string) => this.translator.t(key);
    const language = this.translator.language();
    const year = new Intl.NumberFormat(language, { useGrouping: false });
    return this.resource.value().currencies.map((budget) => ({
      budget,
      byArea: budget.byArea.map((row) => ({ ...row, key: row.area, label: `${t('area.' + row.area)} (${row.area})` })),
      byFunder: budget.byFunder.map((row) => ({
        ...row,
        key: row.funder.id,
        label: row.funder.name,
        userContent: true,
        detail: t('organisationKind.' + row.funder.kind),
      })),
      byYear: budget.byYear.map((row) => ({ ...row, key: String(row.year), label: year.format(row.year) })),
    }));
  });

  /** "US dollar (USD)": a section's heading. */
  protected currencyHeading(code: string): string {
    return `${currencyName(code, this.translator.language())} (${code})`;
  }

  constructor() {
    loadPlanPage(this.planStore, this.planId);
    const planEvents = inject(PlanEvents);
    effect((onCleanup) => {
      const subscription = planEvents.follow(this.planId(), (state) => this.live.set(state)).subscribe((event) => {
        if (event.entityType === 'budget_line' || event.entityType === 'step') untracked(() => this.resource.reload());
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
