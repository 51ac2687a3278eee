import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { map, startWith } from 'rxjs';
import { ApiError, errorSummaryKey, loadErrorSummaryKey, toApiError } from '../../api/api-error';
import {
  FieldError, OrganisationResponse, PlanEventMessage, Principle, StepResponse, UpdateStepRequest,
} from '../../api/models';
import { SessionStore } from '../../auth/data/session-store';
import { AREA_KEYS, PRINCIPLES } from '../../catalogue/model/catalogue-labels';
import { Translator } from '../../i18n/data/translator';
import { DayPipe } from '../../i18n/format-pipes';
import { MessagePipe } from '../../i18n/message-pipe';
import { formatDay } from '../../i18n/model/format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { LiveState, PlanEvents } from '../../plans/data/plan-events';
import { PlanStore } from '../../plans/data/plan-store';
import { GroupErrorStateMatcher } from '../../shell/forms/date-order';
import { applyServerErrors } from '../../shell/forms/server-errors';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { Icon } from '../../shell/ui/icon';
import { TranslatedTitleStrategy } from '../../shell/translated-title-strategy';
import { OrganisationsStore } from '../../organisations/data/organisations-store';
import { AddOrganisationDialog } from '../../organisations/ui/add-organisation-dialog';
import { CommentThread } from '../../comments/ui/comment-thread';
import { StepBudgetLines } from '../../budget/ui/step-budget-lines';
import { StepIndicators } from '../../indicators/ui/step-indicators';
import { StepReports } from '../../reports/ui/step-reports';
import { PlanMembersStore } from '../../members/data/plan-members-store';
import { StepsApi } from '../data/steps-api';
import { assigneeOptions } from '../model/assignee-options';
import { changedFields, compareWithCurrent, FieldComparison, rebaseChanges, StepChanges } from '../model/step-changes';
import { createStepForm, emptyStepFormValue, STEP_FIELD_LABELS, StepField, stepToFormValue } from '../model/step-form';
import { PRIORITIES, STEP_STATUSES } from '../model/step-labels';
import { can } from '../../plans/model/permissions';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';

interface Conflict {
  mine: StepChanges;
  current: StepResponse;
  rows: FieldComparison[];
}

@Component({
  selector: 'app-step-page',
  imports: [
    ServerErrorLines,
    ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule,
    MatProgressSpinnerModule, MatSelectModule, MatSliderModule, RouterLink, TranslatePipe, MessagePipe, DayPipe, Icon,
    CommentThread, StepReports, StepBudgetLines, StepIndicators,
  ],
  providers: [PlanStore, PlanMembersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-live]': 'live()' },
  templateUrl: './step-page.html',
  styleUrl: './step-page.scss',
})
export class StepPage {
  private readonly stepsApi = inject(StepsApi);
  private readonly session = inject(SessionStore);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly planStore = inject(PlanStore);
  /** The plan's members: the people a step can be assigned to. */
  private readonly membersStore = inject(PlanMembersStore);
  private readonly organisationsStore = inject(OrganisationsStore);

  readonly planId = input.required<string>();
  readonly stepId = input.required<string>();

  protected readonly areas = AREA_KEYS;
  protected readonly statuses = STEP_STATUSES;
  protected readonly priorities = PRIORITIES;
  protected readonly principles = PRINCIPLES;

  /** The server's copy the form is based on; its version goes with the next save. */
  protected readonly base = signal<StepResponse | null>(null);
  protected readonly form = createStepForm(inject(FormBuilder), emptyStepFormValue());
  protected readonly dueDateMatcher = new GroupErrorStateMatcher('dateOrder');
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly conflict = signal<Conflict | null>(null);
  /** Someone else saved this step while the form has unsaved changes. */
  protected readonly changedElsewhere = signal(false);
  /** A polite note after the form was silently brought up to date. */
  protected readonly liveNote = signal('');
  /** Whether the plan's event stream is open (data-live on this element). */
  protected readonly live = signal<LiveState>('connecting');
  private readonly commentThread = viewChild(CommentThread);
  private readonly budgetLines = viewChild(StepBudgetLines);
  private readonly stepIndicators = viewChild(StepIndicators);
  private readonly stepReports = viewChild(StepReports);
  /** The plan's members, for the progress reports (who is a reviewer). */
  protected readonly members = computed(() => this.membersStore.members());

  private readonly stepsResource = rxResource({
    params: () => ({ planId: this.planId() }),
    stream: ({ params }) => this.stepsApi.listAll(params.planId),
  });
  /** The plan's other steps, for "depends on". */
  protected readonly otherSteps = computed(() =>
    (this.stepsResource.hasValue() ? this.stepsResource.value() : []).filter((step) => step.id !== this.stepId()),
  );

  protected readonly userId = computed(() => this.session.user()?.id ?? null);

  protected readonly canEdit = computed(() => can(this.base(), 'step.update'));
  /** Only plan owners may create organisations (the API answers 403 to others). */
  protected readonly canAddOrganisation = computed(() => this.canEdit() && this.planStore.plan()?.myRole === 'owner');
  /** Every organisation, plus the step's current lead in case the list has not loaded it. */
  protected readonly organisations = computed(() => {
    const all = this.organisationsStore.organisations();
    const lead = this.base()?.leadOrganisation;
    return lead && !all.some((item) => item.id === lead.id) ? [lead, ...all] : all;
  });
  /** The plan's members, and the step's assignees who have left the plan (marked, so they can be taken off). */
  protected readonly assigneeOptions = computed(() =>
    assigneeOptions(this.membersStore.members(), this.base()?.assignees ?? [], this.membersStore.membersLoaded()),
  );
  protected readonly canDelete = computed(() => can(this.base(), 'step.delete'));
  protected readonly progressValue = toSignal(
    this.form.controls.progress.valueChanges.pipe(
      startWith(this.form.controls.progress.value),
      map((value) => Number(value)),
    ),
    { initialValue: 0 },
  );
  protected readonly loadErrorKey = computed(() => {
    const error = this.loadError();
    return error ? loadErrorSummaryKey(error) : null;
  });
  protected readonly saveErrorKey = computed(() => {
    const error = this.saveError();
    return error ? errorSummaryKey(error) : null;
  });

  constructor() {
    this.planStore.connect(this.planId);
    this.membersStore.connect(this.planId);
    const titleStrategy = inject(TranslatedTitleStrategy);
    effect(() => titleStrategy.setContentTitle(this.base()?.title));
    effect(() => this.loadStep(this.planId(), this.stepId()));
    const planEvents = inject(PlanEvents);
    effect((onCleanup) => {
      const planId = this.planId();
      const stepId = this.stepId();
      const subscription = planEvents
        .follow(planId, (state) => this.live.set(state))
        .subscribe((event) => untracked(() => this.applyLiveEvent(planId, stepId, event)));
      onCleanup(() => subscription.unsubscribe());
    });
    effect(() => {
      if (this.canEdit() && !this.conflict()) this.form.enable({ emitEvent: false });
      else this.form.disable({ emitEvent: false });
    });
  }

  protected setProgress(value: number): void {
    this.form.controls.progress.setValue(value);
    this.form.controls.progress.markAsDirty();
  }

  protected isPrincipleChecked(principle: Principle): boolean {
    return this.form.controls.principles.value.includes(principle);
  }

  protected togglePrinciple(principle: Principle, checked: boolean): void {
    const current = this.form.controls.principles.value.filter((item) => item !== principle);
    this.form.controls.principles.setValue(checked ? [...current, principle] : current);
    this.form.controls.principles.markAsDirty();
  }

  protected saveStep(): void {
    const base = this.base();
    if (!base) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      void this.announcer.announce(this.translator.t('validation.fixErrors'));
      return;
    }
    const changes = changedFields(base, this.form.getRawValue());
    if (Object.keys(changes).length === 0) {
      // The snack bar is itself a live region: announcing as well would say it twice.
      this.snackBar.open(this.translator.t('steps.page.noChanges'), undefined, { duration: 3000 });
      return;
    }
    this.send(base, changes, { ...changes, version: base.version });
  }

  protected useTheirVersion(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    this.showStep(conflict.current);
    void this.announcer.announce(this.translator.t('steps.conflict.usedTheirs'));
  }

  protected reapplyMyChanges(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    const rebased = rebaseChanges(conflict.mine, conflict.current);
    this.conflict.set(null);
    this.base.set(conflict.current);
    this.form.reset(rebased.formValue);
    const { version: _version, ...changes } = rebased.request;
    if (Object.keys(changes).length === 0) {
      void this.announcer.announce(this.translator.t('steps.page.noChanges'));
      return;
    }
    this.send(conflict.current, changes, rebased.request);
  }

  protected addOrganisation(): void {
    this.dialog
      .open<AddOrganisationDialog, unknown, OrganisationResponse>(AddOrganisationDialog, {
        direction: this.translator.direction(),
        maxWidth: '36rem',
      })
      .afterClosed()
      .subscribe((organisation) => {
        if (!organisation) return;
        this.organisationsStore.add(organisation);
        this.form.controls.leadOrganisationId.setValue(organisation.id);
        this.form.controls.leadOrganisationId.markAsDirty();
        this.snackBar.open(this.translator.t('organisations.add.done', { name: organisation.name }), undefined, {
          duration: 4000,
        });
      });
  }

  protected deleteStep(): void {
    const step = this.base();
    if (!step) return;
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'steps.delete.title',
          messageKey: 'steps.delete.message',
          confirmKey: 'steps.delete.confirm',
          params: { title: step.title },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.stepsApi.delete(step.planId, step.id).subscribe({
          next: () => {
            this.snackBar.open(this.translator.t('steps.delete.done', { title: step.title }), undefined, {
              duration: 4000,
            });
            void this.router.navigate(['/plans', step.planId]);
          },
          error: (error: unknown) => this.saveError.set(toApiError(error)),
        });
      });
  }

  protected fieldLabelKey(field: StepField): string {
    return STEP_FIELD_LABELS[field];
  }

  protected readonly fieldLabels = STEP_FIELD_LABELS;

  /** A field value as a reader sees it, for the conflict panel. */
  protected displayValue(field: StepField, value: unknown): string {
    const t = (key: string) => this.translator.t(key);
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      return t('common.none');
    }
    switch (field) {
      case 'area':
        return `${t('area.' + String(value))} (${String(value)})`;
      case 'status':
        return t('status.' + String(value));
      case 'priority':
        return t('priority.' + String(value));
      case 'principles':
        return (value as string[]).map((item) => t('principle.' + item)).join(', ');
      case 'assigneeIds': {
        const people = [...this.assigneeOptions(), ...(this.conflict()?.current.assignees ?? [])];
        return (value as string[]).map((id) => people.find((person) => person.id === id)?.name ?? id).join(', ');
      }
      case 'dependsOn': {
        const steps = this.stepsResource.hasValue() ? this.stepsResource.value() : [];
        return (value as string[])
          .map((id) => {
            const step = steps.find((item) => item.id === id);
            return step ? `${step.catalogueKey ?? t('steps.custom')} ${step.title}` : id;
          })
          .join(', ');
      }
      case 'leadOrganisationId': {
        const organisation = this.organisations().find((item) => item.id === value)
          ?? (this.conflict()?.current.leadOrganisation?.id === value ? this.conflict()?.current.leadOrganisation : null);
        return organisation ? `${organisation.name} (${t('organisationKind.' + organisation.kind)})` : String(value);
      }
      case 'startDate':
      case 'dueDate':
        return formatDay(String(value), this.translator.language());
      default:
        return String(value);
    }
  }

  private send(base: StepResponse, changes: StepChanges, request: UpdateStepRequest): void {
    this.saving.set(true);
    this.saveError.set(null);
    this.unmatchedErrors.set([]);
    this.stepsApi.update(base.planId, base.id, request).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.changedElsewhere.set(false);
        this.showStep(saved);
        this.planStore.reload();
        this.snackBar.open(this.translator.t('steps.page.saved'), undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const current = apiError.current as StepResponse | undefined;
        if (apiError.status === 409 && current && typeof current === 'object' && 'version' in current) {
          this.conflict.set({ mine: changes, current, rows: compareWithCurrent(base, changes, current) });
          void this.announcer.announce(this.translator.t('steps.conflict.title'), 'assertive');
          setTimeout(() => this.document.getElementById('conflict-heading')?.focus(), 0);
          return;
        }
        this.saveError.set(apiError);
        this.unmatchedErrors.set(applyServerErrors(this.form, apiError, STEP_FIELD_LABELS));
      },
    });
  }

  /** Replaces the unsaved form with the latest saved version of the step. */
  protected showLatestVersion(): void {
    this.changedElsewhere.set(false);
    // The button goes with the banner: keep the focus on the page, at the step's title above the form.
    this.document.getElementById('step-title')?.focus();
    this.stepsApi.get(this.planId(), this.stepId()).subscribe({
      next: (step) => this.showStep(step),
      error: (error: unknown) => this.saveError.set(toApiError(error)),
    });
  }

  private applyLiveEvent(planId: string, stepId: string, event: PlanEventMessage): void {
    if (event.actorId && event.actorId === this.session.user()?.id) return;
    if (event.entityType === 'comment') {
      this.commentThread()?.reload();
      return;
    }
    if (event.entityType === 'report' || event.entityType === 'evidence') {
      this.stepReports()?.reload();
      return;
    }
    if (event.entityType === 'member') {
      this.membersStore.reloadMembers();
      return;
    }
    if (event.entityType === 'budget_line') {
      this.budgetLines()?.reload();
      return;
    }
    if (event.entityType === 'indicator' || event.entityType === 'measurement') {
      this.stepIndicators()?.reload();
      return;
    }
    // An empty entityId is a resync: this step may have changed too.
    if (event.entityId !== stepId && event.entityId !== '') return;
    if (event.action === 'delete') {
      this.loadStep(planId, stepId);
      return;
    }
    if (this.form.dirty || this.conflict() || this.saving()) {
      this.changedElsewhere.set(true);
      return;
    }
    this.stepsApi.get(planId, stepId).subscribe({
      next: (step) => {
        if (this.form.dirty || this.conflict() || this.saving()) {
          this.changedElsewhere.set(true);
          return;
        }
        this.showStep(step);
        this.liveNote.set(this.translator.t('steps.live.updated'));
        setTimeout(() => this.liveNote.set(''), 8000);
      },
    });
  }

  /** A report approved here gave the step its status and progress: show them (or offer to, over unsaved changes). */
  protected reportApproved(): void {
    this.planStore.reload();
    if (this.form.dirty || this.conflict() || this.saving()) {
      this.changedElsewhere.set(true);
      return;
    }
    this.stepsApi.get(this.planId(), this.stepId()).subscribe({
      next: (step) => this.showStep(step),
      error: (error: unknown) => this.saveError.set(toApiError(error)),
    });
  }

  private loadStep(planId: string, stepId: string): void {
    this.loadError.set(null);
    this.base.set(null);
    this.conflict.set(null);
    this.stepsApi.get(planId, stepId).subscribe({
      next: (step) => this.showStep(step),
      error: (error: unknown) => this.loadError.set(toApiError(error)),
    });
  }

  private showStep(step: StepResponse): void {
    this.base.set(step);
    this.form.reset(stepToFormValue(step));
  }
}
