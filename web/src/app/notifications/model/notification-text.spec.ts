import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NotificationKind, NotificationResponse } from '../../api/models';
import { notificationLink, notificationMessage } from './notification-text';

function createNotification(partial: Partial<NotificationResponse> = {}): NotificationResponse {
  return {
    id: 'n1', kind: 'mention', planId: 'p1', stepId: 's1', summary: 'POL-03 Adopt the policy',
    actor: { id: 'u1', name: 'Jonas Weber', email: 'jonas@example.org' }, createdAt: '2026-01-01T10:00:00Z',
    readAt: null, ...partial,
  };
}

describe('notification text', () => {
  it('names the actor and what it is about', () => {
    expect(notificationMessage(createNotification())).toEqual({
      key: 'notifications.kind.mention',
      params: { actor: 'Jonas Weber', summary: 'POL-03 Adopt the policy' },
    });
  });

  it('says "someone" when there is no actor', () => {
    expect(notificationMessage(createNotification({ kind: 'overdue', actor: null })).params?.['actor']).toEqual({
      key: 'notifications.someone',
    });
  });

  it('has a translated sentence for every kind, the report reviews included', () => {
    const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
    const kinds: NotificationKind[] = [
      'mention', 'comment_on_assigned_step', 'due_soon', 'overdue', 'overdue_digest', 'report_submitted', 'report_returned',
      'report_approved',
    ];
    for (const kind of kinds) {
      const { key } = notificationMessage(createNotification({ kind }));
      expect(key.split('.').reduce((node, part) => node?.[part], english)).toEqual(expect.stringContaining('{summary}'));
    }
    expect(notificationLink(createNotification({ kind: 'report_returned' }))).toEqual(['/plans', 'p1', 'steps', 's1']);
  });

  it('leads to the step, or to the plan', () => {
    expect(notificationLink(createNotification())).toEqual(['/plans', 'p1', 'steps', 's1']);
    expect(notificationLink(createNotification({ stepId: null }))).toEqual(['/plans', 'p1']);
  });
});
