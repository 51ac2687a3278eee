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

/** What a plan's subscribers are told: one change, or that more was missed than can be sent (reload everything). */
export type PlanSignal = { kind: 'event'; event: PlanEvent } | { kind: 'resync'; planId: string; latestId: string };

export const LISTENER_NAME = 'reform-roadmap live updates';
const POLL_INTERVAL_MS = 500;
const RECONNECT_FIRST_DELAY_MS = 100;
const RECONNECT_MAX_DELAY_MS = 5_000;
/** More missed events than this and pages are told to reload instead: sending them all would take longer. */
export const REPLAY_LIMIT = 1000;
/** Ids already delivered, so that a notification and the read-back of the same change reach a page once. */
const REMEMBERED_IDS = 5_000;

interface AuditRow {
  id: string;
  plan_id: string;
  entity_type: PlanEvent['entityType'];
  entity_id: string;
  action: PlanEvent['action'];
  actor_id: string;
  created_at: Date;
}

const EVENT_COLUMNS = `id::text AS id, plan_id, entity_type, entity_id, action, actor_id, created_at`;

const toPlanEvent = (row: AuditRow): PlanEvent => ({
  id: row.id,
  planId: row.plan_id,
  entityType: row.entity_type,
  entityId: row.entity_id,
  action: row.action,
  actorId: row.actor_id,
  at: new Date(row.created_at).toISOString(),
});

type Query = (sql: string, params: unknown[]) => Promise<unknown[]>;

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** A deferred promise: streams opened while the bus (re)connects wait on it before saying `ready`. */
function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * Fans plan changes out to the open pages of every API process.
 *
 * On a PostgreSQL server, each change's transaction runs pg_notify (see AuditService), delivered on
 * commit to every API process LISTENing: no extra server, any number of processes behind a load
 * balancer. A notification sent while the listening connection is down is gone for good, so after
 * reconnecting the bus reads back from audit_events what was committed meanwhile. The embedded
 * database is one process's alone and PGlite does not pass notifications through its socket server,
 * so there the bus reads new audit events every half second instead. Either way it only works while
 * someone is listening.
 */
@Injectable()
export class PlanEventsBus implements OnModuleDestroy {
  private readonly logger = new Logger('LiveUpdates');
  private readonly signals = new Subject<PlanSignal>();
  /** Open streams per plan: the read-back asks only for these plans. */
  private readonly plans = new Map<string, number>();
  private listener: pg.Client | null = null;
  private poller: NodeJS.Timeout | null = null;
  /** The highest audit id delivered or known to be older than the listening: read-backs start after it. */
  private cursor: bigint | null = null;
  private readonly delivered = new Set<string>();
  /** Bumped by stop(): a connect loop of an older generation gives up. */
  private generation = 0;
  private running = false;
  private ready = gate();
  private outageSince: number | null = null;
  /** How many missed events are sent before `resync` instead; lowered by tests, which cannot afford a thousand writes. */
  replayLimit = REPLAY_LIMIT;

  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The plan's changes from now on; listening starts with the first subscriber and stops after the last. */
  stream(planId: string): Observable<PlanSignal> {
    return new Observable<PlanSignal>((subscriber) => {
      this.plans.set(planId, (this.plans.get(planId) ?? 0) + 1);
      if (!this.running) this.start();
      const subscription = this.signals
        .pipe(filter((signal) => (signal.kind === 'event' ? signal.event.planId : signal.planId) === planId))
        .subscribe(subscriber);
      return () => {
        subscription.unsubscribe();
        const left = (this.plans.get(planId) ?? 1) - 1;
        if (left > 0) this.plans.set(planId, left);
        else this.plans.delete(planId);
        if (this.plans.size === 0) void this.stop();
      };
    });
  }

  /** Resolves once the bus is listening for a subscriber's changes: anything committed afterwards reaches it. */
  listening(): Promise<void> {
    return this.ready.promise;
  }

  /**
   * The plan's events after `afterId`, oldest first, at most replayLimit of them (`complete` false when
   * there were more), and the plan's latest id, for a stream that reconnects after missing some.
   */
  async replay(planId: string, afterId: string | null): Promise<{ events: PlanEvent[]; complete: boolean; latestId: string }> {
    const latest = async () =>
      ((await this.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_events WHERE plan_id = $1`, [planId])) as { id: string }[])[0].id;
    if (afterId === null) return { events: [], complete: true, latestId: await latest() };
    const rows = (await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM audit_events WHERE plan_id = $1 AND id > $2::bigint ORDER BY id LIMIT $3`,
      [planId, afterId, this.replayLimit + 1],
    )) as AuditRow[];
    if (rows.length > this.replayLimit) return { events: [], complete: false, latestId: await latest() };
    return { events: rows.map(toPlanEvent), complete: true, latestId: rows.at(-1)?.id ?? afterId };
  }

  async onModuleDestroy(): Promise<void> {
    this.signals.complete();
    await this.stop();
  }

  private start(): void {
    this.running = true;
    const generation = this.generation;
    if (this.connection.embedded) {
      void this.startPolling(generation);
      return;
    }
    void this.connectWithRetry(generation);
  }

  private async startPolling(generation: number): Promise<void> {
    let delay = RECONNECT_FIRST_DELAY_MS;
    while (generation === this.generation) {
      try {
        await this.setCursorToLatest((sql, params) => this.dataSource.query(sql, params));
        break;
      } catch {
        await later(delay);
        delay = Math.min(delay * 2, RECONNECT_MAX_DELAY_MS);
      }
    }
    if (generation !== this.generation) return;
    this.poller = setInterval(() => void this.poll(), POLL_INTERVAL_MS);
    this.ready.open();
  }

  private async poll(): Promise<void> {
    try {
      await this.readBack((sql, params) => this.dataSource.query(sql, params));
      if (this.outageSince !== null) {
        this.logger.log(`Live updates read plan events again after ${((Date.now() - this.outageSince) / 1000).toFixed(1)} s.`);
        this.outageSince = null;
      }
    } catch (error) {
      // Twice a second while the database is away: one line for the outage, not one per attempt.
      if (this.outageSince !== null) return;
      this.outageSince = Date.now();
      this.logger.warn(`Reading new plan events failed (${(error as Error).message}); retrying twice a second.`);
    }
  }

  /**
   * Opens the listening connection, retrying with exponential backoff and jitter (so that many API
   * processes do not all knock at once when the server comes back) until it listens or the bus stops.
   */
  private async connectWithRetry(generation: number): Promise<void> {
    let delay = RECONNECT_FIRST_DELAY_MS;
    while (generation === this.generation) {
      try {
        const client = await this.openListener(generation);
        if (!client) return;
        this.listener = client;
        if (this.outageSince !== null) {
          const seconds = ((Date.now() - this.outageSince) / 1000).toFixed(1);
          this.logger.log(`Live updates are listening again after ${seconds} s; changes saved meanwhile were read back.`);
          this.outageSince = null;
        }
        this.ready.open();
        return;
      } catch (error) {
        if (this.outageSince === null) {
          // A failed first start is an outage too: one line for it, none for each retry.
          this.outageSince = Date.now();
          this.logger.warn(`Live updates cannot listen (${(error as Error).message}); retrying until the database answers.`);
        }
        await later(delay * (0.5 + Math.random() / 2));
        delay = Math.min(delay * 2, RECONNECT_MAX_DELAY_MS);
      }
    }
  }

  /** A listening connection with what was missed before it listened delivered, or null if the bus stopped meanwhile. */
  private async openListener(generation: number): Promise<pg.Client | null> {
    // Named, so that pg_stat_activity shows which connection listens (and tests can cut just that one).
    const client = new pg.Client({ connectionString: this.connection.url, application_name: LISTENER_NAME });
    let lost: Error | null = null;
    const onLost = (error?: Error) => {
      lost ??= error ?? new Error('the connection ended');
      if (this.listener === client) this.lostListener(client, lost);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel !== PLAN_EVENTS_CHANNEL || !message.payload) return;
      let event: PlanEvent;
      try {
        event = JSON.parse(message.payload) as PlanEvent;
      } catch {
        this.logger.warn(`Ignored a malformed ${PLAN_EVENTS_CHANNEL} notification.`);
        return;
      }
      this.deliver(event);
    });
    const query: Query = async (sql, params) => (await client.query(sql, params)).rows;
    try {
      await client.connect();
      await client.query(`LISTEN ${PLAN_EVENTS_CHANNEL}`);
      // Listening first, then reading: a change committed in between arrives both ways and is delivered once.
      if (this.cursor === null) await this.setCursorToLatest(query);
      else await this.readBack(query);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (lost) {
      await client.end().catch(() => undefined);
      throw lost;
    }
    if (generation !== this.generation) {
      await client.end().catch(() => undefined);
      return null;
    }
    return client;
  }

  private lostListener(client: pg.Client, error: Error): void {
    this.listener = null;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    if (!this.running) return;
    this.outageSince = Date.now();
    this.ready = gate();
    this.logger.warn(`Live updates lost their database connection (${error.message}); reconnecting.`);
    void this.connectWithRetry(this.generation);
  }

  private async setCursorToLatest(query: Query): Promise<void> {
    const [row] = (await query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_events`, [])) as { id: string }[];
    this.cursor = BigInt(row.id);
  }

  /** Delivers the subscribed plans' events after the cursor; a plan that missed too many is told to reload. */
  private async readBack(query: Query): Promise<void> {
    if (this.cursor === null || this.plans.size === 0) return;
    const planIds = [...this.plans.keys()];
    // One statement, so one snapshot: the newest id overall moves the cursor past other plans' rows (not read
    // again next time) without skipping a row of ours committed between two reads.
    const rows = (await query(
      `SELECT newest.id::text AS newest, e.*
         FROM (SELECT max(id) AS id FROM audit_events WHERE id > $1::bigint) newest
         LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS} FROM audit_events WHERE id > $1::bigint AND plan_id = ANY($2::uuid[]) ORDER BY id LIMIT $3
         ) e ON true`,
      [this.cursor.toString(), planIds, this.replayLimit + 1],
    )) as (AuditRow & { newest: string | null })[];
    const newest = rows[0]?.newest;
    if (!newest) return;
    const found = rows.filter((row) => row.id !== null);
    if (found.length <= this.replayLimit) {
      for (const row of found) this.deliver(toPlanEvent(row));
      this.advance(newest);
      return;
    }
    const latest = (await query(
      `SELECT plan_id, max(id)::text AS id FROM audit_events WHERE id > $1::bigint AND id <= $2::bigint AND plan_id = ANY($3::uuid[]) GROUP BY plan_id`,
      [this.cursor.toString(), newest, planIds],
    )) as { plan_id: string; id: string }[];
    this.advance(newest);
    for (const { plan_id, id } of latest) this.signals.next({ kind: 'resync', planId: plan_id, latestId: id });
  }

  private deliver(event: PlanEvent): void {
    // A notification from an older version of the API carries no id: still worth passing on.
    if (event.id !== undefined) {
      if (this.delivered.has(event.id)) return;
      this.delivered.add(event.id);
      if (this.delivered.size > REMEMBERED_IDS) this.delivered.delete(this.delivered.values().next().value!);
      this.advance(event.id);
    }
    this.signals.next({ kind: 'event', event });
  }

  private advance(id: string): void {
    const value = BigInt(id);
    if (this.cursor === null || value > this.cursor) this.cursor = value;
  }

  private async stop(): Promise<void> {
    this.generation++;
    this.running = false;
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
    const listener = this.listener;
    this.listener = null;
    this.ready = gate();
    this.outageSince = null;
    // The next start reads its cursor afresh: nobody was listening in between.
    this.cursor = null;
    this.delivered.clear();
    listener?.removeAllListeners('notification');
    await listener?.end().catch(() => undefined);
  }
}
