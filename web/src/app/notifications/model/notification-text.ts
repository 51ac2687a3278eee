import { NotificationResponse } from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';

/** A notification as a translated sentence, e.g. "Jonas Weber mentioned you on POL-03 …". */
export function notificationMessage(notification: NotificationResponse): MessageRef {
  const actor = notification.actor?.name;
  const params = { summary: notification.summary, actor: actor ?? { key: 'notifications.someone' } };
  return { key: `notifications.kind.${notification.kind}`, params };
}

/** Where a notification leads: its step, or its plan. */
export function notificationLink(notification: NotificationResponse): string[] {
  return notification.stepId
    ? ['/plans', notification.planId, 'steps', notification.stepId]
    : ['/plans', notification.planId];
}
