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
    const mails: OutgoingMail[] = [];
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
          ...due.map((row) =>
            reminderMail(row.language, kind, { to: row.email, summary: row.summary, forDate: row.for_date, overdueCount: row.overdue_count }),
          ),
        );
        count += due.length;
      }
      return count;
    });
    for (const mail of mails) await this.mail.send(mail);
    return sent;
  }

  /** Records the reminders of this kind not sent yet and returns them. */
  private claim(manager: EntityManager, kind: ReminderKind): Promise<Due[]> {
    const candidates = {
      due_soon: `SELECT s.id AS subject_id, s.plan_id, s.id AS step_id, a.user_id, s.due_date AS for_date,
                        coalesce(s.catalogue_key || ' ', '') || s.title AS summary, 0 AS overdue_count
                   FROM steps s JOIN step_assignees a ON a.step_id = s.id JOIN plans p ON p.id = s.plan_id
                  WHERE p.status = 'active' AND s.status NOT IN ('done', 'cancelled')
                    AND s.due_date BETWEEN current_date AND current_date + ${DUE_SOON_DAYS}`,
      overdue: `SELECT s.id AS subject_id, s.plan_id, s.id AS step_id, a.user_id, s.due_date AS for_date,
                       coalesce(s.catalogue_key || ' ', '') || s.title AS summary, 0 AS overdue_count
                  FROM steps s JOIN step_assignees a ON a.step_id = s.id JOIN plans p ON p.id = s.plan_id
                 WHERE p.status = 'active' AND s.status NOT IN ('done', 'cancelled') AND s.due_date < current_date`,
      overdue_digest: `SELECT p.id AS subject_id, p.id AS plan_id, NULL::uuid AS step_id, m.user_id, current_date AS for_date,
                              p.title AS summary, count(s.id)::int AS overdue_count
                         FROM plans p JOIN plan_members m ON m.plan_id = p.id AND m.role = 'owner'
                         JOIN steps s ON s.plan_id = p.id AND s.due_date < current_date AND s.status NOT IN ('done', 'cancelled')
                        WHERE p.status = 'active'
                        GROUP BY p.id, m.user_id`,
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
