import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { filter, Observable, Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { PLAN_EVENTS_CHANNEL, type PlanEvent } from './plan-event.js';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
}

const POLL_INTERVAL_MS = 500;

/**
 * Fans plan changes out to the open pages of every API process.
 *
 * On a PostgreSQL server, each change's transaction runs pg_notify (see AuditService), delivered on
 * commit to every API process LISTENing: no extra server, any number of processes behind a load
 * balancer. The embedded database is one process's alone and PGlite does not pass notifications
 * through its socket server, so there the bus reads new audit events every half second instead.
 * Either way it only works while someone is listening.
 */
@Injectable()
export class PlanEventsBus implements OnModuleDestroy {
  private readonly logger = new Logger('LiveUpdates');
  private readonly events = new Subject<PlanEvent>();
  private subscribers = 0;
  private listener: pg.Client | null = null;
  private poller: NodeJS.Timeout | null = null;
  private lastSeenId: string | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The plan's events from now on; listening starts with the first subscriber and stops after the last. */
  stream(planId: string): Observable<PlanEvent> {
    return new Observable<PlanEvent>((subscriber) => {
      this.subscribers++;
      this.starting ??= this.start().catch((error) => {
        this.logger.error(`Live updates could not start: ${(error as Error).message}`);
        this.starting = null;
      });
      const subscription = this.events.pipe(filter((event) => event.planId === planId)).subscribe(subscriber);
      return () => {
        subscription.unsubscribe();
        if (--this.subscribers === 0) void this.stop();
      };
    });
  }

  /** Resolves once the bus is listening for a subscriber's changes: anything saved afterwards reaches it. */
  listening(): Promise<void> {
    return this.starting ?? Promise.resolve();
  }

  async onModuleDestroy(): Promise<void> {
    this.events.complete();
    await this.stop();
  }

  private async start(): Promise<void> {
    if (this.connection.embedded) {
      const [row] = await this.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_events`);
      this.lastSeenId = row.id;
      this.poller = setInterval(() => void this.poll(), POLL_INTERVAL_MS);
      return;
    }
    const client = new pg.Client({ connectionString: this.connection.url });
    client.on('notification', (message) => {
      if (message.channel !== PLAN_EVENTS_CHANNEL || !message.payload) return;
      try {
        this.events.next(JSON.parse(message.payload) as PlanEvent);
      } catch {
        this.logger.warn(`Ignored a malformed ${PLAN_EVENTS_CHANNEL} notification.`);
      }
    });
    client.on('error', (error) => {
      this.logger.error(`The live-update listener lost its connection: ${error.message}`);
      this.listener = null;
      this.starting = null;
    });
    await client.connect();
    await client.query(`LISTEN ${PLAN_EVENTS_CHANNEL}`);
    if (this.subscribers === 0) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  private async poll(): Promise<void> {
    try {
      const rows = (await this.dataSource.query(
        `SELECT id::text AS id, plan_id, entity_type, entity_id, action, actor_id, created_at
           FROM audit_events WHERE id > $1::bigint ORDER BY id LIMIT 500`,
        [this.lastSeenId],
      )) as { id: string; plan_id: string; entity_type: PlanEvent['entityType']; entity_id: string; action: PlanEvent['action']; actor_id: string; created_at: Date }[];
      for (const row of rows) {
        this.lastSeenId = row.id;
        this.events.next({
          planId: row.plan_id,
          entityType: row.entity_type,
          entityId: row.entity_id,
          action: row.action,
          actorId: row.actor_id,
          at: row.created_at.toISOString(),
        });
      }
    } catch (error) {
      this.logger.warn(`Reading new plan events failed: ${(error as Error).message}`);
    }
  }

  private async stop(): Promise<void> {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
    const listener = this.listener;
    this.listener = null;
    this.starting = null;
    await listener?.end().catch(() => undefined);
  }
}
