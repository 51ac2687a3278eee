import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PlanEventMessage } from '../../api/models';
import { LiveState, PlanEvents, RECONNECT_DELAY_MS } from './plan-events';

/** Stands in for the browser's EventSource: the test opens it, sends messages and breaks it. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((message: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (message: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  send(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data } as MessageEvent<string>);
  }

  close(): void {
    this.closed = true;
  }
}

describe(PlanEvents.name, () => {
  let http: HttpTestingController;
  let sut: PlanEvents;

  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    sut = TestBed.inject(PlanEvents);
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reports connecting until the stream says it is listening, then connected, and passes its events on', () => {
    const states: LiveState[] = [];
    const events: PlanEventMessage[] = [];
    const subscription = sut.follow('plan-1', (state) => states.push(state)).subscribe((event) => events.push(event));
    expect(states).toEqual(['connecting']);

    http.expectOne((request) => request.method === 'POST' && request.url.endsWith('/plans/plan-1/events/tickets'))
      .flush({ ticket: 't-1', expiresAt: '2030-01-01T00:00:00Z' });
    const source = FakeEventSource.opened[0];
    expect(source.url).toContain('/plans/plan-1/events?ticket=t-1');
    expect(states).toEqual(['connecting']);

    source.onopen?.();
    expect(states).toEqual(['connecting']);
    source.send('ready', '{}');
    expect(states).toEqual(['connecting', 'connected']);
    const message: PlanEventMessage = {
      planId: 'plan-1', entityType: 'step', entityId: 's-1', action: 'update', actorId: 'u-2', at: '2026-11-23T12:00:00.000Z',
    };
    source.send('plan-event', JSON.stringify(message));
    expect(events).toEqual([message]);

    subscription.unsubscribe();
    expect(source.closed).toBe(true);
  });

  it('goes back to connecting when the stream breaks, and reconnects with a new ticket', () => {
    vi.useFakeTimers();
    const states: LiveState[] = [];
    const subscription = sut.follow('plan-1', (state) => states.push(state)).subscribe();
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-1', expiresAt: '' });
    const first = FakeEventSource.opened[0];
    first.send('ready', '{}');

    first.onerror?.();
    expect(first.closed).toBe(true);
    expect(states).toEqual(['connecting', 'connected', 'connecting']);

    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-2', expiresAt: '' });
    FakeEventSource.opened[1].send('ready', '{}');
    expect(states).toEqual(['connecting', 'connected', 'connecting', 'connected']);
    subscription.unsubscribe();
  });
});
