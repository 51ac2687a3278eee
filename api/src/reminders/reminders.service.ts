import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService, type OutgoingMail } from '../mail/mail.service.js';
import type { Language } from '../users/user.entity.js';
import { reminderMail, type ReminderKind } from './reminder-mail.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/** Assignees hear about a step this many days before it is due. */
export const DUE_SOON_DAYS = 3;
/** One constant shared by every API process: only the process holding it sends reminders. */
const REMINDER_LOCK_KEY = 727_002;

interface Due {
  subject_id: string;
  plan_id: string;
  step_id: string | null;
  user_id: string;
  email: string;
  language: Language;
  for_date: string;
  summary: string;
  overdue_count: number;
}

/**
 * Sends due-soon and overdue reminders to assignees and a daily overdue digest to plan owners.
 * Runs at start-up and then every REMINDER_INTERVAL. A transaction-level advisory lock lets one
 * API process do a round at a time; `reminders_sent` makes each reminder go out once, whatever
 * restarts or extra processes happen.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.reminderIntervalSeconds) return;
    const round = () => void this.runOnce().catch((error) => this.logger.error(`A reminder round failed: ${(error as Error).message}`));
    this.timer = setInterval(round, this.config.reminderIntervalSeconds * 1000);
    setTimeout(round, 1000);
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One round; returns how many reminders it sent (0 when another process holds the round). */
  async runOnce(): Promise<number> {
    const mails: { planId: string; userId: string; mail: OutgoingMail }[] = [];
    const sent = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [REMINDER_LOCK_KEY]);
      if (!locked) return 0;
      let count = 0;
      for (const kind of ['due_soon', 'overdue', 'overdue_digest'] as const) {
        const due = await this.claim(manager, kind);
        await this.notifications.notify(
          manager,
          due.map((row) => ({ userId: row.user_id, planId: row.plan_id, stepId: row.step_id, actorId: null, kind, summary: row.summary })),
        );
        mails.push(
          ...due.map((row) => ({
            planId: row.plan_id,
            userId: row.user_id,
            mail: reminderMail(row.language, kind, { to: row.email, summary: row.summary, forDate: row.for_date, overdueCount: row.overdue_count }),
          })),
        );
        count += due.length;
      }
      return count;
    });
    // Sending takes a while, and a member removed since the round committed hears nothing more.
    const current = await this.currentMemberships(mails);
    for (const { planId, userId, mail } of mails) if (current.has(`${planId} ${userId}`)) await this.mail.send(mail);
    return sent;
  }

  private async currentMemberships(of: { planId: string; userId: string }[]): Promise<Set<string>> {
    if (of.length === 0) return new Set();
    const rows = (await this.dataSource.query(
      `SELECT m.plan_id, m.user_id FROM plan_members m JOIN unnest($1::uuid[], $2::uuid[]) AS wanted(plan_id, user_id) USING (plan_id, user_id)`,
      [of.map((entry) => entry.planId), of.map((entry) => entry.userId)],
    )) as { plan_id: string; user_id: string }[];
    return new Set(rows.map((row) => `${row.plan_id} ${row.user_id}`));
  }

  /**
   * Records the reminders of this kind not sent yet and returns them.
   *
   * Only current members are reminded: each candidate's membership is joined and locked FOR SHARE
   * until the round commits. A removal (MembersService.remove) locks the membership FOR UPDATE, so
   * it either commits first (the locked read then finds the row gone, or for a demoted owner no
   * longer an owner, and leaves them out) or waits for this round and then deletes the round's
   * unread notifications with the membership. Candidates already reminded are left out before
   * locking, so a round locks only the memberships it is about to write for.
   */
  private claim(manager: EntityManager, kind: ReminderKind): Promise<Due[]> {
    const notSent = (subject: string, user: string, forDate: string) =>
      `NOT EXISTS (SELECT 1 FROM reminders_sent r WHERE r.subject_id = ${subject} AND r.user_id = ${user} AND r.kind = $1 AND r.for_date = ${forDate})`;
    const candidates = {
      due_soon: `SELECT s.id AS subject_id, s.plan_id, s.id AS step_id, a.user_id, s.due_date AS for_date,
                        coalesce(s.catalogue_key || ' ', '') || s.title AS summary, 0 AS overdue_count
                   FROM steps s JOIN step_assignees a ON a.step_id = s.id JOIN plans p ON p.id = s.plan_id
                   JOIN plan_members m ON m.plan_id = s.plan_id AND m.user_id = a.user_id
                  WHERE p.status = 'active' AND s.status NOT IN ('done', 'cancelled')
                    AND s.due_date BETWEEN current_date AND current_date + ${DUE_SOON_DAYS}
                    AND ${notSent('s.id', 'a.user_id', 's.due_date')}
                    FOR SHARE OF m`,
      overdue: `SELECT s.id AS subject_id, s.plan_id, s.id AS step_id, a.user_id, s.due_date AS for_date,
                       coalesce(s.catalogue_key || ' ', '') || s.title AS summary, 0 AS overdue_count
                  FROM steps s JOIN step_assignees a ON a.step_id = s.id JOIN plans p ON p.id = s.plan_id
                  JOIN plan_members m ON m.plan_id = s.plan_id AND m.user_id = a.user_id
                 WHERE p.status = 'active' AND s.status NOT IN ('done', 'cancelled') AND s.due_date < current_date
                   AND ${notSent('s.id', 'a.user_id', 's.due_date')}
                   FOR SHARE OF m`,
      // A locking clause cannot share a SELECT with GROUP BY: the owners are locked in a subquery.
      overdue_digest: `SELECT p.id AS subject_id, p.id AS plan_id, NULL::uuid AS step_id, o.user_id, current_date AS for_date,
                              p.title AS summary, count(s.id)::int AS overdue_count
                         FROM plans p
                         JOIN (SELECT m.plan_id, m.user_id FROM plan_members m JOIN plans mp ON mp.id = m.plan_id
                                WHERE m.role = 'owner' AND mp.status = 'active' AND ${notSent('m.plan_id', 'm.user_id', 'current_date')}
                                  AND EXISTS (SELECT 1 FROM steps os WHERE os.plan_id = m.plan_id AND os.due_date < current_date AND os.status NOT IN ('done', 'cancelled'))
                                  FOR SHARE OF m) o ON o.plan_id = p.id
                         JOIN steps s ON s.plan_id = p.id AND s.due_date < current_date AND s.status NOT IN ('done', 'cancelled')
                        WHERE p.status = 'active'
                        GROUP BY p.id, o.user_id`,
    }[kind];
    return manager.query(
      `WITH candidates AS (${candidates}),
            claimed AS (
              INSERT INTO reminders_sent (subject_id, user_id, kind, for_date)
              SELECT subject_id, user_id, $1, for_date FROM candidates
              ON CONFLICT DO NOTHING
              RETURNING subject_id, user_id, for_date)
       SELECT c.subject_id, c.plan_id, c.step_id, c.user_id, u.email, u.language, c.for_date::text AS for_date, c.summary, c.overdue_count
         FROM claimed JOIN candidates c USING (subject_id, user_id, for_date) JOIN users u ON u.id = c.user_id`,
      [kind],
    );
  }
}
