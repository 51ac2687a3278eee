import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ActivityEvent, AuditAction, AuditedEntity } from '../../api/models';
import { activityQueryParams, parseActivityQuery } from './activity-query';
import { ENTITY_MARK, fieldLabelKey, sentenceKey, splitAtEntity, valueKind, valuePrefix } from './activity-text';

function createEvent(partial: Partial<ActivityEvent> = {}): ActivityEvent {
  return {
    id: '1',
    entityType: 'step',
    entityId: 'step-1',
    entityLabel: 'LAW-02 Review the mental health law',
    action: 'update',
    actor: { id: 'user-1', name: 'Jonas Weber', email: 'jonas@example.org' },
    changes: [{ field: 'progress', before: 10, after: 40 }],
    createdAt: '2026-11-23T10:00:00.000Z',
    ...partial,
  };
}

describe('activity sentences', () => {
  it('picks a sentence per entity type and action, and says "joined" for an accepted invitation', () => {
    expect(sentenceKey(createEvent())).toBe('activity.sentence.step.update');
    expect(sentenceKey(createEvent({ entityType: 'member', action: 'create', entityId: 'user-2' }))).toBe(
      'activity.sentence.member.create',
    );
    expect(sentenceKey(createEvent({ entityType: 'member', action: 'create', entityId: 'user-1' }))).toBe(
      'activity.sentence.member.joined',
    );
  });

  it('cuts a translated sentence around the entity, whatever the word order', () => {
    expect(splitAtEntity(`Jonas changed ${ENTITY_MARK}`)).toEqual(['Jonas changed ', '']);
    expect(splitAtEntity(`Jonas 将 ${ENTITY_MARK} 移除`)).toEqual(['Jonas 将 ', ' 移除']);
    expect(splitAtEntity('no mark')).toEqual(['no mark', '']);
  });
});

describe('activity changes', () => {
  it('reuses the step form’s labels and names plan and member fields', () => {
    expect(fieldLabelKey(createEvent(), 'dueDate')).toBe('steps.fields.dueDate');
    expect(fieldLabelKey(createEvent(), 'leadOrganisationId')).toBe('steps.fields.leadOrganisation');
    expect(fieldLabelKey(createEvent({ entityType: 'plan' }), 'endDate')).toBe('plans.form.endDate');
    expect(fieldLabelKey(createEvent({ entityType: 'member' }), 'role')).toBe('members.columns.role');
    expect(fieldLabelKey(createEvent(), 'somethingNew')).toBeNull();
  });

  it('knows which values are translated, dates, people, steps or organisations', () => {
    const step = createEvent();
    expect(valuePrefix(step, 'status')).toBe('status.');
    expect(valuePrefix(createEvent({ entityType: 'plan' }), 'status')).toBe('activity.planStatus.');
    expect(valuePrefix(createEvent({ entityType: 'member' }), 'role')).toBe('role.');
    expect(valueKind(step, 'principles', ['recovery'])).toBe('enum');
    expect(valueKind(step, 'dueDate', '2026-01-01')).toBe('day');
    expect(valueKind(step, 'progress', 40)).toBe('percent');
    expect(valueKind(step, 'assigneeIds', ['u1'])).toBe('people');
    expect(valueKind(step, 'dependsOn', ['s1'])).toBe('steps');
    expect(valueKind(step, 'leadOrganisationId', 'o1')).toBe('organisation');
    expect(valueKind(step, 'title', 'A title')).toBe('text');
    expect(valueKind(step, 'assigneeIds', [])).toBe('none');
    expect(valueKind(step, 'dueDate', null)).toBe('none');
  });
});

describe('activity of reports, evidence, indicators, measurements and budget lines', () => {
  const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
  const text = (key: string) => key.split('.').reduce((node, part) => node?.[part], english);

  it('has a sentence for every action on each of them', () => {
    const types: AuditedEntity[] = ['report', 'evidence', 'indicator', 'measurement', 'budget_line', 'share_link'];
    const actions: AuditAction[] = ['create', 'update', 'delete', 'archive'];
    for (const entityType of types) {
      for (const action of actions) {
        expect(text(sentenceKey(createEvent({ entityType, action })))).toEqual(expect.stringContaining('{entity}'));
      }
    }
  });

  it('names a share link’s fields and translates its tier', () => {
    const event = createEvent({ entityType: 'share_link' });
    expect(fieldLabelKey(event, 'tier')).toBe('sharing.create.tier');
    expect(fieldLabelKey(event, 'expiresAt')).toBe('sharing.create.expiresOn');
    expect(valuePrefix(event, 'tier')).toBe('sharing.tier.');
    expect(valuePrefix(event, 'showNames')).toBeNull();
  });

  it('names a report’s fields and translates its state, status and progress', () => {
    const event = createEvent({ entityType: 'report' });
    expect(fieldLabelKey(event, 'state')).toBe('reports.fields.state');
    expect(fieldLabelKey(event, 'reviewComment')).toBe('reports.fields.reviewComment');
    expect(valuePrefix(event, 'state')).toBe('reports.state.');
    expect(valuePrefix(event, 'status')).toBe('status.');
    expect(valueKind(event, 'progress', 65)).toBe('percent');
    expect(valueKind(event, 'narrative', 'Trained twelve.')).toBe('text');
    for (const field of ['state', 'status', 'progress', 'narrative', 'blockers', 'nextSteps', 'links', 'reviewComment']) {
      expect(text(fieldLabelKey(event, field) ?? '')).toEqual(expect.any(String));
    }
  });
});

describe('activity query', () => {
  it('reads the URL, dropping malformed values, and writes back only what differs from the defaults', () => {
    const query = parseActivityQuery({ entityId: 's1', from: '2026-01-01', to: 'yesterday', page: '2', pageSize: 'x' });
    expect(query).toEqual({ entityId: 's1', actorId: undefined, from: '2026-01-01', to: undefined, page: 2, pageSize: 25 });
    expect(activityQueryParams(query)).toEqual({ entityId: 's1', from: '2026-01-01', page: '2' });
  });
});
