import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { errorSummaryKey, loadErrorSummaryKey, toApiError } from '../../api/api-error';
import { ActivityEvent } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe, NumberPipe } from '../../i18n/format-pipes';
import { formatDay, formatPercent } from '../../i18n/model/format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { MembersApi } from '../../members/data/members-api';
import { OrganisationsStore } from '../../organisations/data/organisations-store';
import { PlanStore } from '../../plans/data/plan-store';
import { loadPlanPage } from '../../plans/data/load-plan-page';
import { PlanTabs } from '../../plans/ui/plan-tabs';
import { TranslatedPaginatorIntl } from '../../shell/translated-paginator-intl';
import { Icon } from '../../shell/ui/icon';
import { StepsApi } from '../../steps/data/steps-api';
import { ActivityApi } from '../data/activity-api';
import { ActivityQuery, activityQueryParams, isFiltered, parseActivityQuery } from '../model/activity-query';
import { ENTITY_MARK, fieldLabelKey, sentenceKey, splitAtEntity, valueKind, valuePrefix } from '../model/activity-text';

interface ShownChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

interface ShownEvent {
  event: ActivityEvent;
  before: string;
  after: string;
  /** The step page, when the event is about a step that still exists. */
  link: string[] | null;
  changes: ShownChange[];
}

/** What happened in a plan, newest first, filtered by step, person and dates (kept in the URL). */
@Component({
  selector: 'app-activity-page',
  imports: [
    MatButtonModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressSpinnerModule, MatSelectModule,
    RouterLink, TranslatePipe, DateTimePipe, NumberPipe, Icon, PlanTabs,
  ],
  providers: [PlanStore, { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activity-page.html',
  styleUrl: './activity-page.scss',
})
export class ActivityPage {
  protected readonly planStore = inject(PlanStore);
  private readonly activityApi = inject(ActivityApi);
  private readonly stepsApi = inject(StepsApi);
  private readonly membersApi = inject(MembersApi);
  private readonly organisationsStore = inject(OrganisationsStore);
  private readonly translator = inject(Translator);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Route parameter and query parameters, bound by the router.
  readonly planId = input.required<string>();
  readonly entityId = input<string>();
  readonly actorId = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  protected readonly query = computed<ActivityQuery>(() =>
    parseActivityQuery({
      entityId: this.entityId(), actorId: this.actorId(), from: this.from(), to: this.to(),
      page: this.page(), pageSize: this.pageSize(),
    }),
  );
  protected readonly filtered = computed(() => isFiltered(this.query()));
  /** "To" before "From" finds nothing: said next to the dates. */
  protected readonly datesReversed = computed(() => {
    const { from, to } = this.query();
    return !!from && !!to && to < from;
  });
  protected readonly plan = this.planStore.plan;

  private readonly activity = rxResource({
    params: () => ({ planId: this.planId(), query: this.query() }),
    stream: ({ params }) => this.activityApi.list(params.planId, params.query),
  });
  private readonly stepsResource = rxResource({
    params: () => ({ planId: this.planId() }),
    stream: ({ params }) => this.stepsApi.listAll(params.planId),
  });
  private readonly membersResource = rxResource({
    params: () => ({ planId: this.planId() }),
    stream: ({ params }) => this.membersApi.members(params.planId).pipe(map((response) => response.items)),
  });

  protected readonly steps = computed(() => (this.stepsResource.hasValue() ? this.stepsResource.value() : []));
  protected readonly members = computed(() => (this.membersResource.hasValue() ? this.membersResource.value() : []));
  protected readonly loading = this.activity.isLoading;
  protected readonly loaded = computed(() => this.activity.hasValue());
  protected readonly total = computed(() => (this.activity.hasValue() ? this.activity.value().total : 0));
  protected readonly events = computed<ShownEvent[]>(() => {
    if (!this.activity.hasValue()) return [];
    this.translator.language();
    return this.activity.value().items.map((event) => this.show(event));
  });
  protected readonly loadErrorKey = computed(() => {
    const error = this.planStore.error();
    return error ? loadErrorSummaryKey(error) : null;
  });
  protected readonly activityErrorKey = computed(() => {
    const error = this.activity.error();
    return error ? errorSummaryKey(toApiError(error)) : null;
  });

  constructor() {
    loadPlanPage(this.planStore, this.planId);
  }

  protected changeQuery(changes: Partial<ActivityQuery>): void {
    const page = 'page' in changes ? changes.page : 1;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: activityQueryParams({ ...this.query(), ...changes, page: page ?? 1 }),
    });
  }

  protected changeDate(field: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.changeQuery({ [field]: value || undefined });
  }

  protected changePage(event: PageEvent): void {
    this.changeQuery({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearFilters(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  private show(event: ActivityEvent): ShownEvent {
    const sentence = this.translator.t(sentenceKey(event), { actor: event.actor.name, entity: ENTITY_MARK });
    const [before, after] = splitAtEntity(sentence);
    const stepExists = event.entityType === 'step' && this.steps().some((step) => step.id === event.entityId);
    return {
      event,
      before,
      after,
      link: stepExists ? ['/plans', this.planId(), 'steps', event.entityId] : null,
      changes: event.changes.map((change) => {
        const key = fieldLabelKey(event, change.field);
        return {
          field: change.field,
          label: key ? this.translator.t(key) : change.field,
          before: this.showValue(event, change.field, change.before),
          after: this.showValue(event, change.field, change.after),
        };
      }),
    };
  }

  /** A changed value as a reader sees it: translated, formatted, ids as names where known. */
  private showValue(event: ActivityEvent, field: string, value: unknown): string {
    const language = this.translator.language();
    const list = (items: unknown) => (Array.isArray(items) ? items.map(String) : [String(items)]);
    switch (valueKind(event, field, value)) {
      case 'none':
        return this.translator.t('common.none');
      case 'enum': {
        const prefix = valuePrefix(event, field) ?? '';
        return list(value).map((item) => this.translator.t(prefix + item)).join(', ');
      }
      case 'day':
        return formatDay(String(value), language);
      case 'percent':
        return formatPercent(Number(value), language);
      case 'people': {
        const members = this.members();
        return list(value).map((id) => members.find((member) => member.userId === id)?.name ?? id).join(', ');
      }
      case 'steps': {
        const steps = this.steps();
        return list(value)
          .map((id) => {
            const step = steps.find((item) => item.id === id);
            return step ? `${step.catalogueKey ?? this.translator.t('steps.custom')} ${step.title}` : id;
          })
          .join(', ');
      }
      case 'organisation':
        return this.organisationsStore.organisations().find((item) => item.id === value)?.name ?? String(value);
      default:
        return list(value).join(', ');
    }
  }
}
