import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors/api-exception.js';
import type { NotificationKind, NotificationListResponse } from './dto/notification.dto.js';

export interface NewNotification {
  userId: string;
  planId: string;
  stepId: string | null;
  actorId: string | null;
  kind: NotificationKind;
  summary: string;
}

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written in the caller's transaction, so a notification exists only if its cause does. */
  async notify(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    for (const notification of notifications) {
      await manager.query(
        `INSERT INTO notifications (user_id, plan_id, step_id, actor_id, kind, summary) VALUES ($1, $2, $3, $4, $5, $6)`,
        [notification.userId, notification.planId, notification.stepId, notification.actorId, notification.kind, notification.summary],
      );
    }
  }

  async list(userId: string, unreadOnly: boolean): Promise<NotificationListResponse> {
    const rows = await this.dataSource.query(
      `SELECT n.id, n.kind, n.plan_id, n.step_id, n.summary, n.created_at, n.read_at, a.id AS actor_id, a.name AS actor_name, a.email AS actor_email
         FROM notifications n LEFT JOIN users a ON a.id = n.actor_id
        WHERE n.user_id = $1 ${unreadOnly ? 'AND n.read_at IS NULL' : ''}
        ORDER BY n.created_at DESC LIMIT 100`,
      [userId],
    );
    const [{ unread }] = await this.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return {
      unreadCount: unread,
      items: rows.map((row: Record<string, any>) => ({
        id: row.id,
        kind: row.kind,
        planId: row.plan_id,
        stepId: row.step_id,
        actor: row.actor_id ? { id: row.actor_id, name: row.actor_name, email: row.actor_email } : null,
        summary: row.summary,
        createdAt: row.created_at.toISOString(),
        readAt: row.read_at ? row.read_at.toISOString() : null,
      })),
    };
  }

  async markRead(userId: string, notificationId: string): Promise<void> {
    const rows = await this.dataSource.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [notificationId, userId],
    );
    if ((rows[0] as unknown[]).length === 0) throw notFound('The notification');
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
  }
}
