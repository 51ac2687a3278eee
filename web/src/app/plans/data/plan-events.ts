import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { AuditedEntity, PlanEventMessage, StreamTicketResponse } from '../../api/models';

export const RECONNECT_DELAY_MS = 5_000;

/** A record, so that a new kind of change in the API's schema cannot be left out of a resync. */
const ENTITIES: Record<AuditedEntity, true> = {
  plan: true, step: true, member: true, invitation: true, comment: true, report: true, evidence: true,
  indicator: true, measurement: true, budget_line: true, share_link: true,
};
/** Every kind of change a page may reload for: a `resync` stands for one change of each. */
export const RESYNC_ENTITIES = Object.keys(ENTITIES) as AuditedEntity[];

/** What the server sends back as `lastEventId`: anything else would only earn a 400. */
const EVENT_ID = /^[0-9]{1,19}$/;

/**
 * Whether changes reach the page: 'connected' once the stream says `ready` (the server is then listening, so
 * nothing saved afterwards is missed), 'connecting' before that and while reconnecting. Pages put it on their
 * element as `data-live`, so that browser tests can wait for it. 'ended' when the plan is no longer open to the
 * caller (removed from it, or the plan is gone): asking again would only be refused, so nothing more is tried.
 */
export type LiveState = 'connecting' | 'connected' | 'ended';

/** Refusals of a ticket that a retry cannot change. */
const FINAL_REFUSALS = new Set([403, 404]);

/**
 * Live changes on a plan: a ticket, then an EventSource; on error, a new ticket after a delay. The browser's
 * own reconnect (with Last-Event-ID) would reuse the expired ticket, so each new connection says itself where
 * to resume (`lastEventId`), and the server first sends what was missed meanwhile.
 */
@Injectable({ providedIn: 'root' })
export class PlanEvents {
  private readonly http = inject(HttpClient);

  /**
   * The plan's changes as the stream sends them (`event: plan-event`, data: a PlanEventMessage as JSON). After
   * a `resync` (the page missed more than the server replays), one change of each kind with an empty
   * `entityId`, so that every page reloads what it would reload for any such change.
   */
  follow(planId: string, onState: (state: LiveState) => void = () => undefined): Observable<PlanEventMessage> {
    return new Observable<PlanEventMessage>((subscriber) => {
      let source: EventSource | null = null;
      let ticketRequest: Subscription | null = null;
      let retry: ReturnType<typeof setTimeout> | undefined;
      let closed = false;
      /** The id of the latest change seen, carried by every message the stream sends. */
      let lastEventId: string | null = null;
      const remember = (message: Event) => {
        const id = (message as MessageEvent<string>).lastEventId;
        if (id && EVENT_ID.test(id)) lastEventId = id;
      };

      const scheduleReconnect = () => {
        onState('connecting');
        source?.close();
        source = null;
        if (!closed) retry = setTimeout(connect, RECONNECT_DELAY_MS);
      };
      const streamUrl = (ticket: string) =>
        apiUrl(
          `/plans/${encodeURIComponent(planId)}/events?ticket=${encodeURIComponent(ticket)}` +
            (lastEventId === null ? '' : `&lastEventId=${lastEventId}`),
        );
      const connect = () => {
        if (closed || typeof EventSource === 'undefined') return;
        ticketRequest = this.http
          .post<StreamTicketResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}/events/tickets`), {})
          .subscribe({
            next: ({ ticket }) => {
              if (closed) return;
              source = new EventSource(streamUrl(ticket));
              source.addEventListener('plan-event', (message) => {
                remember(message);
                try {
                  subscriber.next(JSON.parse((message as MessageEvent<string>).data) as PlanEventMessage);
                } catch {
                  // A malformed message is skipped; the next one may be fine.
                }
              });
              // More was missed than the server replays: pages reload as if every kind of thing had changed.
              source.addEventListener('resync', (message) => {
                remember(message);
                const at = new Date().toISOString();
                for (const entityType of RESYNC_ENTITIES) {
                  subscriber.next({ id: lastEventId ?? '', planId, entityType, entityId: '', action: 'update', actorId: '', at });
                }
              });
              source.addEventListener('heartbeat', remember);
              source.addEventListener('ready', (message) => {
                remember(message);
                onState('connected');
              });
              source.onerror = scheduleReconnect;
            },
            error: (error: unknown) => {
              if (error instanceof HttpErrorResponse && FINAL_REFUSALS.has(error.status)) {
                closed = true;
                onState('ended');
                return;
              }
              scheduleReconnect();
            },
          });
      };
      onState('connecting');
      connect();
      return () => {
        closed = true;
        clearTimeout(retry);
        ticketRequest?.unsubscribe();
        source?.close();
      };
    });
  }
}
