import { inject, Injectable, signal } from '@angular/core';
import { NotificationResponse } from '../../api/models';
import { NotificationsApi } from './notifications-api';

export const POLL_INTERVAL_MS = 60_000;

/** The bell's notifications: polled every minute while someone is signed in, and after each navigation. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(NotificationsApi);
  private timer: ReturnType<typeof setInterval> | undefined;

  readonly items = signal<NotificationResponse[]>([]);
  readonly unreadCount = signal(0);
  readonly loadFailed = signal(false);

  start(): void {
    if (this.timer !== undefined) return;
    this.refresh();
    this.timer = setInterval(() => this.refresh(), POLL_INTERVAL_MS);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.items.set([]);
    this.unreadCount.set(0);
  }

  refresh(): void {
    if (this.timer === undefined) return;
    this.api.list().subscribe({
      next: (response) => {
        this.loadFailed.set(false);
        this.items.set(response.items);
        this.unreadCount.set(response.unreadCount);
      },
      error: () => this.loadFailed.set(true),
    });
  }

  markRead(notification: NotificationResponse): void {
    if (notification.readAt) return;
    const readAt = new Date().toISOString();
    this.items.update((items) => items.map((item) => (item.id === notification.id ? { ...item, readAt } : item)));
    this.unreadCount.update((count) => Math.max(0, count - 1));
    this.api.markRead(notification.id).subscribe({ error: () => this.refresh() });
  }

  markAllRead(): void {
    const readAt = new Date().toISOString();
    this.items.update((items) => items.map((item) => (item.readAt ? item : { ...item, readAt })));
    this.unreadCount.set(0);
    this.api.markAllRead().subscribe({ error: () => this.refresh() });
  }
}
