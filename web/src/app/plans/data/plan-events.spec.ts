import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PlanEventMessage } from '../../api/models';
import { LiveState, PlanEvents, RECONNECT_DELAY_MS, RESYNC_ENTITIES } from './plan-events';

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

  /** Like the server, every message carries the id of the latest change (EventSource hands it on as lastEventId). */
  send(type: string, data: string, lastEventId = ''): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data, lastEventId } as MessageEvent<string>);
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
    expect(source.url).not.toContain('lastEventId');
    expect(states).toEqual(['connecting']);

    source.onopen?.();
    expect(states).toEqual(['connecting']);
    source.send('ready', '{}');
    expect(states).toEqual(['connecting', 'connected']);
    const message: PlanEventMessage = {
      id: '42', planId: 'plan-1', entityType: 'step', entityId: 's-1', action: 'update', actorId: 'u-2', at: '2026-11-23T12:00:00.000Z',
    };
    source.send('plan-event', JSON.stringify(message), '42');
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
  it('reconnects with a new ticket and the id of the last message seen, so the server sends what was missed', () => {
    vi.useFakeTimers();
    const events: PlanEventMessage[] = [];
    const subscription = sut.follow('plan-1').subscribe((event) => events.push(event));
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-1', expiresAt: '' });
    const first = FakeEventSource.opened[0];
    first.send('ready', '{}', '7');
    first.onerror?.();

    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-2', expiresAt: '' });
    const second = FakeEventSource.opened[1];
    expect(second.url).toContain('/plans/plan-1/events?ticket=t-2&lastEventId=7');
    second.send('plan-event', JSON.stringify({ id: '9', planId: 'plan-1', entityType: 'step', entityId: 's-1', action: 'update', actorId: 'u-2', at: '' }), '9');
    second.send('heartbeat', '{}', '9');
    // An id the server would refuse is not sent back: the last good one is.
    second.send('heartbeat', '{}', 'not-an-id');
    second.onerror?.();

    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-3', expiresAt: '' });
    expect(FakeEventSource.opened[2].url).toContain('?ticket=t-3&lastEventId=9');
    expect(events.map((event) => event.id)).toEqual(['9']);
    subscription.unsubscribe();
  });

  it('turns a `resync` into one change of every kind, so that each page reloads what it shows, and resumes after it', () => {
    vi.useFakeTimers();
    const events: PlanEventMessage[] = [];
    const subscription = sut.follow('plan-1').subscribe((event) => events.push(event));
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-1', expiresAt: '' });
    const source = FakeEventSource.opened[0];
    source.send('resync', '{}', '5000');

    expect(events.map((event) => event.entityType).sort()).toEqual([...RESYNC_ENTITIES].sort());
    expect(RESYNC_ENTITIES).toContain('step');
    expect(RESYNC_ENTITIES).toContain('member');
    for (const event of events) expect(event).toMatchObject({ planId: 'plan-1', id: '5000', entityId: '' });

    source.onerror?.();
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-2', expiresAt: '' });
    expect(FakeEventSource.opened[1].url).toContain('lastEventId=5000');
    subscription.unsubscribe();
  });

  it('stops asking for tickets once the plan is no longer open to the caller (removed from it), and says so', () => {
    vi.useFakeTimers();
    const states: LiveState[] = [];
    const subscription = sut.follow('plan-1', (state) => states.push(state)).subscribe();
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-1', expiresAt: '' });
    FakeEventSource.opened[0].send('ready', '{}');
    // The server ends the stream of a member it removed; the browser then reports an error.
    FakeEventSource.opened[0].onerror?.();
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    http.expectOne((request) => request.url.endsWith('/events/tickets'))
      .flush({ statusCode: 404, error: 'Not Found', message: 'Plan not found.', errors: [] }, { status: 404, statusText: 'Not Found' });
    expect(states).toEqual(['connecting', 'connected', 'connecting', 'ended']);

    vi.advanceTimersByTime(RECONNECT_DELAY_MS * 10);
    http.expectNone((request) => request.url.endsWith('/events/tickets'));
    expect(FakeEventSource.opened).toHaveLength(1);
    subscription.unsubscribe();
  });

  it('keeps retrying after a failure a retry can mend (the server restarting)', () => {
    vi.useFakeTimers();
    const states: LiveState[] = [];
    const subscription = sut.follow('plan-1', (state) => states.push(state)).subscribe();
    http.expectOne((request) => request.url.endsWith('/events/tickets'))
      .flush({ statusCode: 503, error: 'Service Unavailable', message: 'Try again.', errors: [] }, { status: 503, statusText: 'Service Unavailable' });
    vi.advanceTimersByTime(RECONNECT_DELAY_MS);
    http.expectOne((request) => request.url.endsWith('/events/tickets')).flush({ ticket: 't-2', expiresAt: '' });
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(states).not.toContain('ended');
    subscription.unsubscribe();
  });
});
