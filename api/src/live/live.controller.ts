import { Controller, Headers, MessageEvent, Post, Query, Sse } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiProduces, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { interval, Observable } from 'rxjs';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { AllowStreamTicket } from '../access/stream-ticket.decorator.js';
import type { TokenClaims } from '../auth/auth.service.js';
import { badRequest } from '../common/errors/api-exception.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { PlanEventMessage } from './dto/plan-event.dto.js';
import { StreamTicketResponse } from './dto/stream-ticket.dto.js';
import { PlanEventsBus, REPLAY_LIMIT, type PlanSignal } from './plan-events.bus.js';

const TICKET_LIFETIME_SECONDS = 60;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

@ApiTags('live updates')
@Controller('plans/:planId/events')
export class LiveController {
  constructor(
    private readonly bus: PlanEventsBus,
    private readonly jwt: JwtService,
  ) {}

  /** A one-minute ticket to open the event stream from a browser's EventSource. */
  @Post('tickets')
  @PlanAccess('plan.read')
  @ApiCreatedResponse({ type: StreamTicketResponse })
  async createStreamTicket(@UuidParam('planId') planId: string, @CurrentUser() user: SessionUser): Promise<StreamTicketResponse> {
    const claims: TokenClaims = { sub: user.id, email: user.email, sid: user.sessionId, purpose: 'stream', planId };
    const ticket = await this.jwt.signAsync(claims, { expiresIn: TICKET_LIFETIME_SECONDS });
    return { ticket, expiresAt: new Date(Date.now() + TICKET_LIFETIME_SECONDS * 1000).toISOString() };
  }

  /**
   * Server-sent events: first, for a stream that reconnects, the plan's changes it missed; then a
   * `ready` message once this stream is listening (nothing saved after it is missed); then one
   * `plan-event` message per change to the plan's content, from any API process. Every message
   * carries the id of the latest change sent, so that EventSource's Last-Event-ID (or `lastEventId`
   * when a page reconnects with a new ticket) says where to resume.
   */
  @Sse()
  @PlanAccess('plan.read')
  @AllowStreamTicket()
  @ApiProduces('text/event-stream')
  @ApiExtraModels(PlanEventMessage)
  @ApiQuery({
    name: 'lastEventId',
    required: false,
    schema: { type: 'string', pattern: '^[0-9]{1,19}$' },
    description: 'The id of the last message this page received (digits only): the changes after it are sent first. Overrides the Last-Event-ID header.',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, schema: { type: 'string', pattern: '^[0-9]{1,19}$' }, description: 'Sent by EventSource when it reconnects by itself; as `lastEventId`.' })
  @ApiOkResponse({
    description:
      'An endless text/event-stream. Each message has an `id`: the id of the latest change sent (an audit event id, digits). ' +
      'First, when `lastEventId` or Last-Event-ID is given, one `plan-event` message per change after it — or, if more than ' +
      `${REPLAY_LIMIT} were missed, one \`resync\` message (data: {}), after which the page should reload what it shows. ` +
      'Then one `ready` message once listening, then `plan-event` messages (data: PlanEventMessage as JSON; their `id` is the ' +
      'change\'s), `resync` messages if the server itself missed too many changes, and `heartbeat` messages. The stream ends ' +
      'after the `plan-event` that removes the caller from the plan.',
    content: { 'text/event-stream': { schema: { $ref: getSchemaPath(PlanEventMessage) } } },
  })
  streamPlanEvents(
    @UuidParam('planId') planId: string,
    @CurrentUser() user: SessionUser,
    @Query('lastEventId') lastEventIdQuery: unknown,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
  ): Observable<MessageEvent> {
    const resumeAfter =
      lastEventIdQuery !== undefined ? eventId(lastEventIdQuery, 'lastEventId') : lastEventIdHeader !== undefined ? eventId(lastEventIdHeader, 'Last-Event-ID') : null;
    return new Observable<MessageEvent>((subscriber) => {
      /** The highest change id sent: what the page has seen, whatever message it read last. */
      let cursor = resumeAfter;
      let replaying = true;
      const held: PlanSignal[] = [];
      const replayed = new Set<string>();

      const send = (signal: PlanSignal) => {
        if (signal.kind === 'resync') {
          cursor = newer(cursor, signal.latestId);
          subscriber.next({ type: 'resync', id: cursor, data: {} });
          return;
        }
        const { event } = signal;
        if (replayed.has(event.id)) return;
        cursor = newer(cursor, event.id);
        subscriber.next({ type: 'plan-event', id: event.id, data: event });
        // A removed member may no longer read the plan: their stream ends (and a new ticket is refused).
        if (event.entityType === 'member' && event.action === 'delete' && event.entityId === user.id) subscriber.complete();
      };

      // Subscribed before the replay is read, so that nothing committed in between is missed; what arrives
      // meanwhile is held back and sent after the replay, without what the replay already sent.
      const live = this.bus.stream(planId).subscribe({
        next: (signal) => (replaying ? held.push(signal) : send(signal)),
        error: (error) => subscriber.error(error),
      });
      // Every message carries an id, or Nest would number it itself and the page would resume from that number.
      const heartbeat = interval(HEARTBEAT_MS).subscribe(() =>
        subscriber.next(cursor === null ? { comment: 'heartbeat' } : { type: 'heartbeat', id: cursor, data: {} }),
      );

      void (async () => {
        await this.bus.listening();
        const replay = await this.bus.replay(planId, resumeAfter);
        if (!replay.complete) {
          send({ kind: 'resync', planId, latestId: replay.latestId });
        } else {
          for (const event of replay.events) send({ kind: 'event', event });
          for (const event of replay.events) replayed.add(event.id);
        }
        cursor = newer(cursor, replay.latestId);
        replaying = false;
        for (const signal of held.splice(0)) send(signal);
        if (!subscriber.closed) subscriber.next({ type: 'ready', id: cursor, data: {} });
      })().catch((error) => subscriber.error(error));

      return () => {
        live.unsubscribe();
        heartbeat.unsubscribe();
      };
    });
  }
}

const MAX_EVENT_ID = 9223372036854775807n;

/** A change id a client sends back: digits only and within bigint, else a 400 naming where it came from. */
function eventId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value) || BigInt(value) > MAX_EVENT_ID) {
    throw badRequest(field, `${field} must be the id of an event: digits only, at most 19`);
  }
  return BigInt(value).toString();
}

const newer = (current: string | null, candidate: string): string =>
  current === null || BigInt(candidate) > BigInt(current) ? candidate : current;
