import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { signal } from '@angular/core';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { BudgetLineResponse, PlanResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { Icon } from '../../shell/ui/icon';
import { BudgetApi } from '../data/budget-api';
import { canManageBudget } from '../model/budget-line-form';
import { formatMoney, isNegativeAmount } from '../model/money';
import { BudgetFlags } from './budget-flags';
import { BudgetLineDialog, BudgetLineDialogData } from './budget-line-dialog';
import { MoneyPipe } from './money-pipe';

/** A step's budget: its lines (funder, year, planned, committed, disbursed, gap, flags) and totals per currency. */
@Component({
  selector: 'app-step-budget-lines',
  imports: [MatButtonModule, MatProgressSpinnerModule, RouterLink, TranslatePipe, NumberPipe, Icon, MoneyPipe, BudgetFlags],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './step-budget-lines.html',
  styles: `
    :host { display: block; margin-block: 2rem; }
    .amount { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
    th.amount { text-align: end; }
    td.actions-cell { white-space: nowrap; }
    td.actions-cell button + button { margin-inline-start: 0.5rem; }
    .negative { font-weight: 600; }
    .totals { margin-block-start: 1rem; }
    caption { text-align: start; font: var(--mat-sys-title-small); padding-block-end: 0.5rem; }
    .note { display: block; max-width: 24rem; }
  `,
})
export class StepBudgetLines {
  private readonly budgetApi = inject(BudgetApi);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);

  readonly planId = input.required<string>();
  readonly stepId = input.required<string>();
  readonly plan = input<PlanResponse | null>(null);

  protected readonly canManage = computed(() => canManageBudget(this.plan()));
  protected readonly resource = rxResource({
    params: () => ({ planId: this.planId(), stepId: this.stepId() }),
    stream: ({ params }) => this.budgetApi.lines(params.planId, params.stepId),
  });
  protected readonly lines = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  protected readonly totals = computed(() => (this.resource.hasValue() ? this.resource.value().totals : []));
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly errorKey = computed(() => {
    const error = this.actionError() ?? (this.resource.error() ? toApiError(this.resource.error()) : null);
    return error ? errorSummaryKey(error) : null;
  });
  protected readonly isNegative = isNegativeAmount;

  /** Reloads the lines (after someone else changed them). */
  reload(): void {
    this.resource.reload();
  }

  /** "Ministry of Finance, 2027, USD": names a line in buttons' labels. */
  protected lineName(line: BudgetLineResponse): string {
    return this.translator.t('budget.lineName', {
      funder: line.funder.name,
      year: line.year,
      amount: formatMoney(line.planned, line.currency, this.translator.language()),
    });
  }

  protected addLine(): void {
    this.openDialog(undefined, (saved) => {
      this.snackBar.open(this.translator.t('budget.add.done', { name: this.lineName(saved) }), undefined, { duration: 4000 });
    });
  }

  protected editLine(line: BudgetLineResponse): void {
    this.openDialog(line, (saved) => {
      this.snackBar.open(this.translator.t('budget.edit.done', { name: this.lineName(saved) }), undefined, { duration: 4000 });
    });
  }

  protected deleteLine(line: BudgetLineResponse): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'budget.delete.title',
          messageKey: 'budget.delete.message',
          confirmKey: 'budget.delete.confirm',
          params: { name: this.lineName(line) },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.actionError.set(null);
        this.budgetApi.delete(this.planId(), this.stepId(), line.id).subscribe({
          next: () => this.afterDelete(line),
          error: (error: unknown) => {
            const apiError = toApiError(error);
            if (apiError.status === 404) this.afterDelete(line);
            else this.actionError.set(apiError);
          },
        });
      });
  }

  private afterDelete(line: BudgetLineResponse): void {
    this.resource.reload();
    this.snackBar.open(this.translator.t('budget.delete.done', { name: this.lineName(line) }), undefined, { duration: 4000 });
    // The row and its buttons are gone: the focus goes to the section's heading.
    setTimeout(() => this.document.getElementById('budget-heading')?.focus(), 0);
  }

  private openDialog(line: BudgetLineResponse | undefined, saved: (line: BudgetLineResponse) => void): void {
    const usedCurrencies = [...new Set(this.lines().map((item) => item.currency))];
    this.dialog
      .open<BudgetLineDialog, BudgetLineDialogData, BudgetLineResponse>(BudgetLineDialog, {
        data: { planId: this.planId(), stepId: this.stepId(), line, usedCurrencies },
        direction: this.translator.direction(),
        maxWidth: '42rem',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.actionError.set(null);
        this.resource.reload();
        saved(result);
      });
  }
}
