import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { NotificationResponse } from '../../api/models';
import { DateTimePipe } from '../../i18n/format-pipes';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { NotificationsStore } from '../data/notifications-store';
import { notificationLink, notificationMessage } from '../model/notification-text';

const BELL_PATH =
  'M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 ' +
  '1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z';

/** The toolbar's bell: the unread count, and a menu of notifications that lead to their step or plan. */
@Component({
  selector: 'app-notification-bell',
  imports: [MatButtonModule, MatMenuModule, RouterLink, TranslatePipe, MessagePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="bell"
      [matMenuTriggerFor]="notificationsMenu"
      [attr.aria-label]="buttonLabel() | message"
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false"><path [attr.d]="bellPath" /></svg>
      @if (store.unreadCount() > 0) {
        <span class="badge" aria-hidden="true">{{ store.unreadCount() }}</span>
      }
    </button>
    <mat-menu #notificationsMenu="matMenu" class="notifications-menu" [aria-label]="'notifications.title' | t">
      @if (store.unreadCount() > 0) {
        <button mat-menu-item type="button" class="mark-all" (click)="store.markAllRead()">
          {{ 'notifications.markAllRead' | t }}
        </button>
      }
      @for (notification of store.items(); track notification.id) {
        <a
          mat-menu-item
          class="notification"
          [class.unread]="!notification.readAt"
          [routerLink]="link(notification)"
          (click)="store.markRead(notification)"
        >
          <span class="text">
            @if (!notification.readAt) {
              <span class="visually-hidden">{{ 'notifications.unreadPrefix' | t }}</span>
            }
            <span class="sentence" dir="auto">{{ message(notification) | message }}</span>
            <span class="when">{{ notification.createdAt | dateTime }}</span>
          </span>
        </a>
      } @empty {
        <button mat-menu-item type="button" disabled>{{ 'notifications.empty' | t }}</button>
      }
    </mat-menu>
  `,
  styles: `
    .bell { position: relative; min-width: 48px; }
    .badge {
      position: absolute; inset-block-start: 2px; inset-inline-end: 2px; min-width: 1.25rem; height: 1.25rem;
      padding: 0 0.25rem; border-radius: 0.625rem; font-size: 0.75rem; line-height: 1.25rem; font-weight: 600;
      background: var(--mat-sys-error); color: var(--mat-sys-on-error); box-sizing: border-box; text-align: center;
    }
    svg { fill: currentColor; }
  `,
})
export class NotificationBell {
  protected readonly store = inject(NotificationsStore);
  protected readonly bellPath = BELL_PATH;

  protected readonly buttonLabel = computed(() => {
    const count = this.store.unreadCount();
    return count > 0 ? { key: 'notifications.buttonUnread', params: { count } } : { key: 'notifications.title' };
  });

  protected message(notification: NotificationResponse) {
    return notificationMessage(notification);
  }

  protected link(notification: NotificationResponse): string[] {
    return notificationLink(notification);
  }
}
