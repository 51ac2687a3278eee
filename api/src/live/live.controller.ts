import { Controller, MessageEvent, Post, Sse } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { defer, interval, map, merge, Observable } from 'rxjs';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { AllowStreamTicket } from '../access/stream-ticket.decorator.js';
import type { TokenClaims } from '../auth/auth.service.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { PlanEventMessage } from './dto/plan-event.dto.js';
import { StreamTicketResponse } from './dto/stream-ticket.dto.js';
import { PlanEventsBus } from './plan-events.bus.js';

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
   * Server-sent events: first a `ready` message once this stream is listening (nothing saved after
   * it is missed), then one `plan-event` message ({entityType, entityId, action, actorId, at}) per
   * change to the plan's content, from any API process.
   */
  @Sse()
  @PlanAccess('plan.read')
  @AllowStreamTicket()
  @ApiProduces('text/event-stream')
  @ApiExtraModels(PlanEventMessage)
  @ApiOkResponse({
    description: 'An endless text/event-stream: one `ready` message once listening, then `plan-event` messages (data: PlanEventMessage as JSON) and `heartbeat` messages.',
    content: { 'text/event-stream': { schema: { $ref: getSchemaPath(PlanEventMessage) } } },
  })
  streamPlanEvents(@UuidParam('planId') planId: string): Observable<MessageEvent> {
    // The plan's events are subscribed to first (which starts the listening), then `ready` waits for it.
    return merge(
      this.bus.stream(planId).pipe(map((event): MessageEvent => ({ type: 'plan-event', data: event }))),
      defer(() => this.bus.listening()).pipe(map((): MessageEvent => ({ type: 'ready', data: {} }))),
      interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'heartbeat', data: {} }))),
    );
  }
}
