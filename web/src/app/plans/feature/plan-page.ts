import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { errorSummaryKey, loadErrorSummaryKey, toApiError } from '../../api/api-error';
import { AreaKey, PlanResponse, Principle, StepResponse, StepStatus } from '../../api/models';
import { AREA_KEYS, PRINCIPLES } from '../../catalogue/model/catalogue-labels';
import { Translator } from '../../i18n/data/translator';
import { DayPipe, NumberPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { PlanMembersStore } from '../../members/data/plan-members-store';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { TranslatedPaginatorIntl } from '../../shell/translated-paginator-intl';
import { Icon } from '../../shell/ui/icon';
import { StepListStore } from '../../steps/data/step-list-store';
import { LiveState, PlanEvents } from '../data/plan-events';
import { STEP_STATUSES } from '../../steps/model/step-labels';
import { DEFAULT_PAGE_SIZE, isFilteredStepQuery, StepQuery, toQueryParams } from '../../steps/model/step-query';
import { AddStepDialog, AddStepDialogData } from '../../steps/ui/add-step-dialog';
import { StepFilters } from '../../steps/ui/step-filters';
import { StepList } from '../../steps/ui/step-list';
import { PlanStore } from '../data/plan-store';
import { loadPlanPage } from '../data/load-plan-page';
import { countryLabel } from '../model/countries';
import { PlanFormDialog, PlanFormDialogData } from '../ui/plan-form-dialog';
import { PlanTabs } from '../ui/plan-tabs';

function positiveInt(value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

@Component({
  selector: 'app-plan-page',
  imports: [
    MatButtonModule, MatPaginatorModule, MatProgressBarModule, MatProgressSpinnerModule, RouterLink, TranslatePipe,
    DayPipe, NumberPipe, PercentPipe, Icon, StepFilters, StepList, PlanTabs,
  ],
  providers: [PlanStore, StepListStore, PlanMembersStore, { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-live]': 'live()' },
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
})
export class PlanPage {
  protected readonly planStore = inject(PlanStore);
  protected readonly stepStore = inject(StepListStore);
  /** The plan's members: the assignee filter's choices. */
  protected readonly membersStore = inject(PlanMembersStore);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Route parameter and query parameters, bound by the router.
  readonly planId = input.required<string>();
  readonly area = input<string>();
  readonly status = input<string>();
  readonly assignee = input<string>();
  readonly overdue = input<string>();
  readonly dueSoon = input<string>();
  readonly principle = input<string>();
  readonly q = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  protected readonly query = computed<StepQuery>(() => ({
    area: AREA_KEYS.includes(this.area() as AreaKey) ? (this.area() as AreaKey) : undefined,
    status: STEP_STATUSES.includes(this.status() as StepStatus) ? (this.status() as StepStatus) : undefined,
    assignee: this.assignee() || undefined,
    overdue: this.overdue() === 'true',
    dueSoon: this.dueSoon() === 'true',
    principle: PRINCIPLES.includes(this.principle() as Principle) ? (this.principle() as Principle) : undefined,
    q: this.q() || undefined,
    page: positiveInt(this.page(), 1),
    pageSize: positiveInt(this.pageSize(), DEFAULT_PAGE_SIZE, 200),
  }));

  protected readonly plan = this.planStore.plan;
  protected readonly country = computed(() => {
    const plan = this.plan();
    return plan ? countryLabel(plan.country, this.translator.language(), (key) => this.translator.t(key)) : '';
  });
  protected readonly planErrorKey = computed(() => {
    const error = this.planStore.error();
    return error ? loadErrorSummaryKey(error) : null;
  });
  protected readonly stepsErrorKey = computed(() => {
    const error = this.stepStore.error();
    return error ? errorSummaryKey(error) : null;
  });
  /** Whether the plan's event stream is open (data-live on this element). */
  protected readonly live = signal<LiveState>('connecting');
  protected readonly filtered = computed(() => isFilteredStepQuery(this.query()));

  constructor() {
    loadPlanPage(this.planStore, this.planId);
    this.stepStore.connect(this.planId, this.query);
    this.membersStore.connect(this.planId);
    // Someone else's change (or a comment) may change the list: reload it as it happens.
    const planEvents = inject(PlanEvents);
    effect((onCleanup) => {
      const subscription = planEvents.follow(this.planId(), (state) => this.live.set(state)).subscribe((event) => {
        this.stepStore.reload();
        this.planStore.reload();
        if (event.entityType === 'member') this.membersStore.reloadMembers();
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected changeQuery(changes: Partial<StepQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toQueryParams({ ...this.query(), ...changes }),
    });
  }

  protected changePage(event: PageEvent): void {
    this.changeQuery({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected editPlan(): void {
    const plan = this.plan();
    if (!plan) return;
    this.dialog
      .open<PlanFormDialog, PlanFormDialogData, PlanResponse>(PlanFormDialog, {
        data: { plan },
        direction: this.translator.direction(),
        maxWidth: '40rem',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.planStore.replace(saved);
        this.snackBar.open(this.translator.t('plans.saved'), undefined, { duration: 4000 });
      });
  }

  protected archivePlan(): void {
    const plan = this.plan();
    if (!plan) return;
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'plans.archive.title',
          messageKey: 'plans.archive.message',
          confirmKey: 'plans.archive.confirm',
          params: { title: plan.title },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.planStore.archive().subscribe({
          next: () => this.snackBar.open(this.translator.t('plans.archive.done'), undefined, { duration: 4000 }),
          error: (error: unknown) =>
            this.snackBar.open(this.translator.t(errorSummaryKey(toApiError(error))), undefined, { duration: 6000 }),
        });
      });
  }

  protected addStep(): void {
    const plan = this.plan();
    if (!plan) return;
    this.dialog
      .open<AddStepDialog, AddStepDialogData, StepResponse>(AddStepDialog, {
        data: { planId: plan.id, area: this.query().area },
        direction: this.translator.direction(),
        maxWidth: '40rem',
      })
      .afterClosed()
      .subscribe((step) => {
        if (!step) return;
        this.stepStore.reload();
        this.planStore.reload();
        this.snackBar.open(this.translator.t('steps.add.done', { title: step.title }), undefined, { duration: 4000 });
      });
  }
}
