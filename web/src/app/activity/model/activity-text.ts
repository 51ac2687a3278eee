import { ActivityEvent } from '../../api/models';
import { STEP_FIELD_LABELS } from '../../steps/model/step-form';

/** Stands for the entity's label inside a translated sentence, so that it can become a link. */
export const ENTITY_MARK = '\u2063ENTITY\u2063';

/** Translation key of the sentence for an event ("{actor} changed {entity}"). */
export function sentenceKey(event: ActivityEvent): string {
  // Someone accepting an invitation adds themselves.
  if (event.entityType === 'member' && event.action === 'create' && event.actor.id === event.entityId) {
    return 'activity.sentence.member.joined';
  }
  return `activity.sentence.${event.entityType}.${event.action}`;
}

/** A translated sentence cut around the entity's label: [before, after]. */
export function splitAtEntity(sentence: string): [string, string] {
  const index = sentence.indexOf(ENTITY_MARK);
  if (index < 0) return [sentence, ''];
  return [sentence.slice(0, index), sentence.slice(index + ENTITY_MARK.length)];
}

const PLAN_FIELD_LABELS: Record<string, string> = {
  title: 'plans.form.title',
  country: 'plans.form.country',
  description: 'plans.form.description',
  startDate: 'plans.form.startDate',
  endDate: 'plans.form.endDate',
  status: 'activity.fields.planStatus',
};

const PEOPLE_FIELD_LABELS: Record<string, string> = {
  role: 'members.columns.role',
  email: 'members.columns.email',
  name: 'members.columns.name',
};

const REPORT_FIELD_LABELS: Record<string, string> = {
  state: 'reports.fields.state',
  status: 'reports.fields.status',
  progress: 'reports.fields.progress',
  narrative: 'reports.fields.narrative',
  blockers: 'reports.fields.blockers',
  nextSteps: 'reports.fields.nextSteps',
  links: 'reports.fields.links',
  reviewComment: 'reports.fields.reviewComment',
};

const SHARE_LINK_FIELD_LABELS: Record<string, string> = {
  name: 'sharing.create.name',
  tier: 'sharing.create.tier',
  showNames: 'sharing.create.showNames',
  expiresAt: 'sharing.create.expiresOn',
};

/** Translation key of a changed field's label, or null when it has none (shown as is). */
export function fieldLabelKey(event: ActivityEvent, field: string): string | null {
  switch (event.entityType) {
    case 'step':
      return STEP_FIELD_LABELS[field] ?? null;
    case 'plan':
      return PLAN_FIELD_LABELS[field] ?? null;
    case 'report':
      return REPORT_FIELD_LABELS[field] ?? null;
    case 'share_link':
      return SHARE_LINK_FIELD_LABELS[field] ?? null;
    default:
      return PEOPLE_FIELD_LABELS[field] ?? null;
  }
}

/** Enumerated values and their translation prefixes, by entity type and field. */
export function valuePrefix(event: ActivityEvent, field: string): string | null {
  if (field === 'role') return 'role.';
  if (event.entityType === 'plan' && field === 'status') return 'activity.planStatus.';
  if (event.entityType === 'report') return field === 'state' ? 'reports.state.' : field === 'status' ? 'status.' : null;
  if (event.entityType === 'share_link') return field === 'tier' ? 'sharing.tier.' : null;
  if (event.entityType !== 'step') return null;
  switch (field) {
    case 'status': return 'status.';
    case 'priority': return 'priority.';
    case 'principles': return 'principle.';
    case 'area': return 'area.';
    default: return null;
  }
}

export type ValueKind = 'none' | 'enum' | 'day' | 'percent' | 'people' | 'steps' | 'organisation' | 'text';

/** How a changed value should be shown. */
export function valueKind(event: ActivityEvent, field: string, value: unknown): ValueKind {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return 'none';
  }
  if (valuePrefix(event, field)) return 'enum';
  if (['startDate', 'dueDate', 'endDate'].includes(field)) return 'day';
  if (event.entityType === 'report' && field === 'progress') return 'percent';
  if (event.entityType === 'step') {
    if (field === 'progress') return 'percent';
    if (field === 'assigneeIds') return 'people';
    if (field === 'dependsOn') return 'steps';
    if (field === 'leadOrganisationId') return 'organisation';
  }
  return 'text';
}
