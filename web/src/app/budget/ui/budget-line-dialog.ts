import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Observable, startWith } from 'rxjs';
import { ApiError, errorSummaryKey } from '../../api/api-error';
import { BudgetLineResponse, OrganisationResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { OrganisationsStore } from '../../organisations/data/organisations-store';
import { isDecimalString } from '../../i18n/model/decimal-format';
import { MONEY_AMOUNT } from '../../shell/forms/decimal-input';
import { LocaleNumberInput } from '../../shell/numbers/locale-number-input';
import { numberHintMessage } from '../../shell/numbers/number-rules';
import { applyServerErrorsWith } from '../../shell/forms/field-messages';
import { DialogFormSave } from '../../shell/forms/dialog-form-save';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';
import { conflictRows, VersionConflictPanel } from '../../shell/forms/version-conflict-panel';
import { VersionedEdit } from '../../shell/forms/versioned-edit';
import { BudgetApi } from '../data/budget-api';
import {
  AMOUNT_FIELDS, AmountField, BUDGET_FIELD_LABELS, budgetFieldMessage, BudgetLineChanges, budgetLineToFormValue,
  changedBudgetLineFields, createBudgetLineForm, emptyBudgetLineFormValue, FIRST_YEAR, LAST_YEAR, staleBudgetLine,
  toCreateBudgetLineRequest,
} from '../model/budget-line-form';
import { currencyChoices, formatMoney } from '../model/money';

export interface BudgetLineDialogData {
  planId: string;
  stepId: string;
  /** The line to change; none to add one. */
  line?: BudgetLineResponse;
  /** Currencies already used on the step: offered first. */
  usedCurrencies: string[];
}

/** Adds a budget line to a step or changes one; closes with the saved line. */
@Component({
  selector: 'app-budget-line-dialog',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    TranslatePipe, MessagePipe, ServerErrorLines, VersionConflictPanel, LocaleNumberInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './budget-line-dialog.html',
  styles: `
    .content { display: flex; flex-direction: column; gap: 0.25rem; min-width: min(34rem, 80vw); }
    .row { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .row mat-form-field { flex: 1 1 10rem; }
  `,
})
export class BudgetLineDialog {
  protected readonly data = inject<BudgetLineDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<BudgetLineDialog, BudgetLineResponse>);
  private readonly budgetApi = inject(BudgetApi);
  private readonly organisationsStore = inject(OrganisationsStore);
  private readonly translator = inject(Translator);
  private readonly saver = new DialogFormSave('app-budget-line-dialog');

  protected readonly editing = !!this.data.line;
  private readonly edit = new VersionedEdit<BudgetLineResponse, BudgetLineChanges>(this.data.line);
  protected readonly form = createBudgetLineForm(
    inject(NonNullableFormBuilder),
    this.data.line
      ? budgetLineToFormValue(this.data.line)
      : emptyBudgetLineFormValue(new Date().getUTCFullYear(), this.data.usedCurrencies[0] ?? ''),
  );
  protected readonly amountFields = AMOUNT_FIELDS;
  protected readonly firstYear = FIRST_YEAR;
  protected readonly lastYear = LAST_YEAR;
  protected readonly fieldLabels = BUDGET_FIELD_LABELS;
  protected readonly amountRule = MONEY_AMOUNT;
  protected readonly numberHint = computed(() => numberHintMessage(this.translator.language()));
  protected readonly saving = this.saver.saving;
  protected readonly error = this.saver.error;
  protected readonly unmatchedErrors = this.saver.unmatchedErrors;
  protected readonly conflict = this.edit.conflict;
  protected readonly conflictRows = computed(() => {
    const conflict = this.conflict();
    return conflict ? conflictRows(conflict, BUDGET_FIELD_LABELS, (line, field) => this.currentValue(line, field)) : [];
  });
  protected readonly errorKey = computed(() => {
    const error: ApiError | null = this.error();
    if (!error) return null;
    return error.status === 404 ? 'budget.lineGone' : errorSummaryKey(error);
  });

  /** Every organisation, plus the line's funder in case the list lacks it. */
  protected readonly funders = computed<OrganisationResponse[]>(() => {
    const all = this.organisationsStore.organisations();
    const funder = this.edit.base?.funder;
    return funder && !all.some((item) => item.id === funder.id) ? [{ ...funder, country: null }, ...all] : all;
  });
  protected readonly currencies = computed(() =>
    currencyChoices(this.translator.language(), [...this.data.usedCurrencies, ...(this.data.line ? [this.data.line.currency] : [])]),
  );
  private readonly values = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  /** What will be saved, in the chosen currency and the language's marks ("$1,250,000.00"), under its field. */
  protected amountReading(field: AmountField): string | null {
    const values = this.values();
    const amount = values[field];
    if (!isDecimalString(amount) || !this.form.controls[field].valid || !values.currency) return null;
    return formatMoney(amount, values.currency, this.translator.language());
  }

  protected save(): void {
    if (this.saver.refuseInvalid(this.form)) return;
    const value = this.form.getRawValue();
    const base = this.edit.base;
    if (!base) {
      this.send(this.budgetApi.create(this.data.planId, this.data.stepId, toCreateBudgetLineRequest(value)));
      return;
    }
    const changes = changedBudgetLineFields(base, value);
    if (Object.keys(changes).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.update(base, changes);
  }

  protected saveMineAgain(): void {
    const conflict = this.edit.settle();
    if (conflict) this.update(conflict.current, conflict.mine);
  }

  protected useTheirs(): void {
    const conflict = this.edit.settle();
    if (!conflict) return;
    this.form.reset(budgetLineToFormValue(conflict.current));
    this.saver.say(this.translator.t('budget.conflict.usedTheirs'));
    this.saver.focusLater('app-budget-line-dialog mat-select');
  }

  /** A field of the line as it is now, for the conflict panel. */
  private currentValue(line: BudgetLineResponse, field: keyof BudgetLineChanges): string {
    switch (field) {
      case 'funderId':
        return line.funder.name;
      case 'planned':
      case 'committed':
      case 'disbursed':
        return formatMoney(line[field], line.currency, this.translator.language());
      case 'note':
        return line.note ?? this.translator.t('common.none');
      default:
        return String(line[field]);
    }
  }

  private update(base: BudgetLineResponse, changes: BudgetLineChanges): void {
    this.send(this.budgetApi.update(this.data.planId, this.data.stepId, base.id, { ...changes, version: base.version }), changes);
  }

  private send(request: Observable<BudgetLineResponse>, changes?: BudgetLineChanges): void {
    this.saver.send(request, (saved) => this.dialogRef.close(saved), (error) => {
      const current = staleBudgetLine(error);
      if (current && changes) {
        this.edit.refused(current, changes);
        this.saver.alert(this.translator.t('budget.conflict.title'), 'budget-conflict-heading');
        return null;
      }
      return applyServerErrorsWith(this.form, error, BUDGET_FIELD_LABELS, budgetFieldMessage);
    });
  }
}
