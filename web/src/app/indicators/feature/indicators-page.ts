import { ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';
import { ApiError, errorSummaryKey, loadErrorSummaryKey, toApiError } from '../../api/api-error';
import { IndicatorResponse, MeasurementResponse, StepResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { formatDecimal } from '../../i18n/model/decimal-format';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { LiveState, PlanEvents } from '../../plans/data/plan-events';
import { PlanStore } from '../../plans/data/plan-store';
import { loadPlanPage } from '../../plans/data/load-plan-page';
import { PlanPageHeader } from '../../plans/ui/plan-page-header';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { Icon } from '../../shell/ui/icon';
import { StepsApi } from '../../steps/data/steps-api';
import { IndicatorsApi } from '../data/indicators-api';
import { can } from '../../plans/model/permissions';
import { periodLabel } from '../../plans/model/reporting-periods';
import { IndicatorCard } from '../ui/indicator-card';
import { IndicatorDialog, IndicatorDialogData } from '../ui/indicator-dialog';
import { MeasurementDialog, MeasurementDialogData } from '../ui/measurement-dialog';

/** A plan's outcome indicators: progress to target, trends and measurements; owners and editors define them. */
@Component({
  selector: 'app-indicators-page',
  imports: [MatButtonModule, MatProgressSpinnerModule, TranslatePipe, NumberPipe, Icon, PlanPageHeader, IndicatorCard],
  providers: [PlanStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-live]': 'live()' },
  templateUrl: './indicators-page.html',
  styles: `
    .indicators { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 1rem; }
    .intro { max-width: 60rem; }
  `,
})
export class IndicatorsPage {
  protected readonly planStore = inject(PlanStore);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly stepsApi = inject(StepsApi);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly route = inject(ActivatedRoute);

  readonly planId = input.required<string>();

  protected readonly plan = this.planStore.plan;
  protected readonly canManage = computed(() => can(this.plan(), 'indicator.manage'));
  protected readonly canRecord = computed(() => can(this.plan(), 'measurement.write'));
  protected readonly live = signal<LiveState>('connecting');
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly actionErrorKey = computed(() => {
    const error = this.actionError();
    return error ? errorSummaryKey(error) : null;
  });

  protected readonly indicatorsResource = rxResource({
    params: () => ({ planId: this.planId() }),
    stream: ({ params }) => this.indicatorsApi.list(params.planId).pipe(map((response) => response.items)),
  });
  protected readonly indicators = computed<IndicatorResponse[]>(() =>
    this.indicatorsResource.hasValue() ? this.indicatorsResource.value() : [],
  );
  /** The plan's steps: the indicators' links, and the choice in the dialog. */
  private readonly stepsResource = rxResource({
    params: () => ({ planId: this.planId() }),
    stream: ({ params }) => this.stepsApi.listAll(params.planId),
  });
  private readonly steps = computed<StepResponse[]>(() => (this.stepsResource.hasValue() ? this.stepsResource.value() : []));

  protected readonly loadErrorKey = computed(() => {
    const error = this.planStore.error() ?? (this.indicatorsResource.error() ? toApiError(this.indicatorsResource.error()) : null);
    return error ? loadErrorSummaryKey(error) : null;
  });

  constructor() {
    loadPlanPage(this.planStore, this.planId);
    const planEvents = inject(PlanEvents);
    effect((onCleanup) => {
      const subscription = planEvents.follow(this.planId(), (state) => this.live.set(state)).subscribe((event) => {
        if (event.entityType === 'indicator' || event.entityType === 'measurement') {
          untracked(() => this.indicatorsResource.reload());
        } else if (event.entityType === 'plan') {
          untracked(() => this.planStore.reload());
        }
      });
      onCleanup(() => subscription.unsubscribe());
    });
    // A link to one indicator (#indicator-<id>, from a step page): its heading gets the focus once it is there.
    const fragment = this.route.snapshot.fragment;
    let focused = false;
    effect(() => {
      if (focused || !fragment?.startsWith('indicator-') || !this.indicatorsResource.hasValue()) return;
      focused = true;
      this.focusLater(`indicator-name-${fragment.slice('indicator-'.length)}`, true);
    });
  }

  protected step(indicator: IndicatorResponse): StepResponse | null {
    return indicator.stepId ? (this.steps().find((step) => step.id === indicator.stepId) ?? null) : null;
  }

  protected addIndicator(): void {
    this.openIndicatorDialog({ planId: this.planId(), steps: this.steps() }, (saved) => {
      this.snackBar.open(this.translator.t('indicators.add.done', { name: saved.name }), undefined, { duration: 4000 });
      this.focusLater(`indicator-name-${saved.id}`);
    });
  }

  protected editIndicator(indicator: IndicatorResponse): void {
    this.openIndicatorDialog({ planId: this.planId(), indicator, steps: this.steps() }, (saved) => {
      this.snackBar.open(this.translator.t('indicators.edit.done', { name: saved.name }), undefined, { duration: 4000 });
    });
  }

  protected deleteIndicator(indicator: IndicatorResponse): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'indicators.delete.title',
          messageKey: 'indicators.delete.message',
          confirmKey: 'indicators.delete.confirm',
          params: { name: indicator.name },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.actionError.set(null);
        this.indicatorsApi.delete(this.planId(), indicator.id).subscribe({
          next: () => this.afterDelete(indicator),
          error: (error: unknown) => {
            const apiError = toApiError(error);
            // Someone else deleted it first: the outcome is the one wanted.
            if (apiError.status === 404) this.afterDelete(indicator);
            else this.actionError.set(apiError);
          },
        });
      });
  }

  protected recordMeasurement(indicator: IndicatorResponse): void {
    const plan = this.plan();
    if (!plan) return;
    this.dialog
      .open<MeasurementDialog, MeasurementDialogData, MeasurementResponse>(MeasurementDialog, {
        data: { indicator, cadence: plan.reportingCadence },
        direction: this.translator.direction(),
        maxWidth: '40rem',
      })
      .afterClosed()
      .subscribe((measurement) => {
        if (!measurement) return;
        this.indicatorsResource.reload();
        const language = this.translator.language();
        this.snackBar.open(
          this.translator.t('indicators.measurement.done', {
            value: `${formatDecimal(measurement.value, language)} ${indicator.unit}`,
            period: periodLabel(measurement.period, language, (key, params) => this.translator.t(key, params), 'short'),
            name: indicator.name,
          }),
          undefined,
          { duration: 5000 },
        );
      });
  }

  private openIndicatorDialog(data: IndicatorDialogData, saved: (indicator: IndicatorResponse) => void): void {
    this.dialog
      .open<IndicatorDialog, IndicatorDialogData, IndicatorResponse>(IndicatorDialog, {
        data,
        direction: this.translator.direction(),
        maxWidth: '44rem',
      })
      .afterClosed()
      .subscribe((indicator) => {
        if (!indicator) return;
        this.indicatorsResource.reload();
        saved(indicator);
      });
  }

  private afterDelete(indicator: IndicatorResponse): void {
    this.indicatorsResource.update((items) => items?.filter((item) => item.id !== indicator.id));
    this.snackBar.open(this.translator.t('indicators.delete.done', { name: indicator.name }), undefined, { duration: 4000 });
    // The card and its buttons are gone: the focus goes to the list's heading.
    this.focusLater('indicators-heading');
  }

  /** Focuses an element once it is rendered (it may come with the next reload). */
  private focusLater(id: string, scroll = false): void {
    let attempts = 0;
    const attempt = () => {
      const element = this.document.getElementById(id);
      if (element) {
        element.focus();
        if (scroll) element.scrollIntoView({ block: 'start' });
        return;
      }
      if (++attempts < 20) setTimeout(attempt, 100);
    };
    setTimeout(attempt, 0);
  }
}
