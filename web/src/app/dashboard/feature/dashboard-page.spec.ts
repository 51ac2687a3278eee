import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DashboardResponse, PlanResponse } from '../../api/models';
import { REFRESH_DEBOUNCE_MS } from '../data/dashboard-store';
import { createBusyDashboard, createDashboard } from '../model/dashboard-factory';
import { DashboardPage } from './dashboard-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const PLAN = createDashboard().plan.id;

const plan = {
  id: PLAN, title: 'Veloria reform', description: '', country: 'XDM', startDate: '2026-01-01', endDate: '2030-12-31',
  status: 'active', myRole: 'owner', reportingCadence: 'quarterly', catalogueVersion: 1, stepCount: 57, doneCount: 1,
  overdueCount: 1, progress: 5, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
} as PlanResponse;

/** Stands in for the browser's EventSource, so that the test can send the plan's events. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onerror: (() => void) | null = null;
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
  close(): void {}
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const section = (root: HTMLElement, heading: string) =>
  [...root.querySelectorAll('section')].find((candidate) => text(candidate.querySelector('h2')).startsWith(heading)) ?? null;
const hrefs = (root: Element | null) => [...(root?.querySelectorAll('a') ?? [])].map((link) => decodeURIComponent(link.getAttribute('href') ?? ''));

describe(DashboardPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });
  afterEach(() => {
    localStorage.clear();
    vi.unstubAllGlobals();
  });

  async function render(dashboard: DashboardResponse) {
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.componentRef.setInput('planId', PLAN);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne(`/api/v1/plans/${PLAN}`).flush(plan);
    http.expectOne(`/api/v1/plans/${PLAN}/dashboard`).flush(dashboard);
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the server’s figures, each linking to the list behind it', async () => {
    const { element } = await render(createBusyDashboard());
    const progress = section(element, english.dashboard.progress.heading);
    expect(text(progress?.querySelector('[data-figure="overall"]'))).toBe('5%');
    expect(hrefs(progress)).toEqual([`/plans/${PLAN}`, `/plans/${PLAN}?area=POL`, `/plans/${PLAN}?area=CIV`]);

    const status = section(element, english.dashboard.status.heading);
    expect(status?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      '57 steps by status: Not started: 50, In progress: 5, Blocked: 1, Done: 1, Cancelled: 0.',
    );
    expect(hrefs(status)).toContain(`/plans/${PLAN}?status=blocked`);

    const schedule = section(element, english.dashboard.schedule.heading);
    expect(text(schedule?.querySelector('[data-figure="overdue"]'))).toBe('7');
    expect(hrefs(schedule)).toEqual(expect.arrayContaining([
      `/plans/${PLAN}?overdue=true`, `/plans/${PLAN}?dueSoon=true`, `/plans/${PLAN}/steps/91d01327-d2c2-4339-b806-b2babb9265ac`,
    ]));

    const reporting = section(element, 'Reporting for');
    expect(text(reporting?.querySelector('h2'))).toBe('Reporting for Q4 2026');
    expect(hrefs(reporting)).toContain(`/plans/${PLAN}/reports?period=2026-Q4`);
    const missingRow = [...(reporting?.querySelectorAll('tbody tr') ?? [])].find((row) => text(row.querySelector('th')) === 'Missing');
    expect(text(missingRow?.querySelector('td'))).toBe('56');

    const indicators = section(element, english.dashboard.indicators.heading);
    expect(text(indicators?.querySelector('.standing'))).toBe(english.dashboard.standing.off_track);
    expect(hrefs(indicators)).toContain(`/plans/${PLAN}/indicators`);

    const budget = section(element, english.dashboard.budget.heading);
    expect(text(budget?.querySelector('dl dd'))).toBe('€1,770,000.00');
    expect(text(budget)).toContain('72.6% of planned committed, 22% disbursed');
    expect(hrefs(budget)).toContain(`/plans/${PLAN}/budget`);

    expect(hrefs(section(element, english.dashboard.principles.heading))).toContain(`/plans/${PLAN}?principle=participation`);
  });

  it('tells a new plan what is missing and where to add it', async () => {
    const { element } = await render(createDashboard());
    const notes = [...element.querySelectorAll('.empty-note')].map((note) => [...note.querySelectorAll('p')].map(text).join(' ') || text(note));
    expect(notes).toEqual(expect.arrayContaining([
      `${english.dashboard.progress.empty} ${english.dashboard.progress.emptyAction}`,
      english.dashboard.reporting.nothingDue,
      `${english.dashboard.indicators.empty} ${english.dashboard.indicators.emptyAction}`,
      `${english.dashboard.budget.empty} ${english.dashboard.budget.emptyAction}`,
      english.dashboard.principles.empty,
      english.dashboard.activity.empty,
    ]));
    expect(hrefs(element)).toEqual(expect.arrayContaining([`/plans/${PLAN}/indicators`, `/plans/${PLAN}/budget`]));
    expect(element.querySelector('[role="img"]')).toBeNull();
  });

  it('follows the plan’s changes: keeps the figures while reloading, then shows the new ones and says so politely', async () => {
    const { fixture, http, element } = await render(createDashboard());
    http.expectOne(`/api/v1/plans/${PLAN}/events/tickets`).flush({ ticket: 't-1', expiresAt: '2030-01-01T00:00:00Z' });
    const source = FakeEventSource.opened[0];
    source.send('ready', '{}');
    await fixture.whenStable();
    expect(element.getAttribute('data-live')).toBe('connected');

    source.send('plan-event', JSON.stringify({ planId: PLAN, entityType: 'step', entityId: 's-1', action: 'update', actorId: 'u-2', at: '2026-12-01T10:00:00Z' }));
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DEBOUNCE_MS + 100));
    const reload = http.expectOne(`/api/v1/plans/${PLAN}/dashboard`);
    await fixture.whenStable();
    // The old figures stay on screen, with no spinner over them.
    expect(element.querySelector('.empty-note')).not.toBeNull();
    expect(element.querySelector('mat-progress-spinner')).toBeNull();

    reload.flush({ ...createBusyDashboard(), readAt: '2026-12-01T10:00:01.000Z' });
    await fixture.whenStable();
    expect(text(element.querySelector('[data-figure="overall"]'))).toBe('5%');
    const politeNote = element.querySelector('.live-note[role="status"][aria-live="polite"]');
    expect(text(politeNote)).toMatch(/^Figures updated \(.+\)$/);
  });
});
