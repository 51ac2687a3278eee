import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { PlanEventMessage, StreamTicketResponse } from '../../api/models';

export const RECONNECT_DELAY_MS = 5_000;

/**
 * Whether changes reach the page: 'connected' once the stream says `ready` (the server is then listening, so
 * nothing saved afterwards is missed), 'connecting' before that and while reconnecting. Pages put it on their
 * element as `data-live`, so that browser tests can wait for it.
 */
export type LiveState = 'connecting' | 'connected';

/** Live changes on a plan: a ticket, then an EventSource; on error, a new ticket after a delay. */
@Injectable({ providedIn: 'root' })
export class PlanEvents {
  private readonly http = inject(HttpClient);

  /** The plan's changes as the stream sends them (`event: plan-event`, data: a PlanEventMessage as JSON). */
  follow(planId: string, onState: (state: LiveState) => void = () => undefined): Observable<PlanEventMessage> {
    return new Observable<PlanEventMessage>((subscriber) => {
      let source: EventSource | null = null;
      let ticketRequest: Subscription | null = null;
      let retry: ReturnType<typeof setTimeout> | undefined;
      let closed = false;

      const scheduleReconnect = () => {
        onState('connecting');
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
                  subscriber.next(JSON.parse((message as MessageEvent<string>).data) as PlanEventMessage);
                } catch {
                  // A malformed message is skipped; the next one may be fine.
                }
              });
              source.addEventListener('ready', () => onState('connected'));
              source.onerror = scheduleReconnect;
            },
            error: scheduleReconnect,
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
