import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { components } from '../../api/schema';

type StreamTicketResponse = components['schemas']['StreamTicketResponse'];

/**
 * One change on a plan, as the event stream sends it (`event: plan-event`). The OpenAPI document describes the
 * stream only as text/event-stream, so this payload has no generated type.
 */
export interface PlanEvent {
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
}

export const RECONNECT_DELAY_MS = 5_000;

/** Live changes on a plan: a ticket, then an EventSource; on error, a new ticket after a delay. */
@Injectable({ providedIn: 'root' })
export class PlanEvents {
  private readonly http = inject(HttpClient);

  follow(planId: string): Observable<PlanEvent> {
    return new Observable<PlanEvent>((subscriber) => {
      let source: EventSource | null = null;
      let ticketRequest: Subscription | null = null;
      let retry: ReturnType<typeof setTimeout> | undefined;
      let closed = false;

      const scheduleReconnect = () => {
        source?.close();
        source = null;
        if (!closed) retry = setTimeout(connect, RECONNECT_DELAY_MS);
      };
      const connect = () => {
        if (closed || typeof EventSource === 'undefined') return;
        ticketRequest = this.http
          .post<StreamTicketResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}/events/tickets`), {})
          .subscribe({
            next: ({ ticket }) => {
              if (closed) return;
              source = new EventSource(
                apiUrl(`/plans/${encodeURIComponent(planId)}/events?ticket=${encodeURIComponent(ticket)}`),
              );
              source.addEventListener('plan-event', (message) => {
                try {
                  subscriber.next(JSON.parse((message as MessageEvent<string>).data) as PlanEvent);
                } catch {
                  // A malformed message is skipped; the next one may be fine.
                }
              });
              source.onerror = scheduleReconnect;
            },
            error: scheduleReconnect,
          });
      };
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
