import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { createBusyDashboard, createDashboard } from '../model/dashboard-factory';
import { DashboardStore, REFRESH_DEBOUNCE_MS } from './dashboard-store';

describe(DashboardStore.name, () => {
  const planId = createDashboard().plan.id;
  const url = `/api/v1/plans/${planId}/dashboard`;
  let http: HttpTestingController;
  let sut: DashboardStore;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({ providers: [DashboardStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    sut = TestBed.inject(DashboardStore);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
  });

  it('reads the figures when opened; a burst of changes makes one reload, after the burst', () => {
    sut.open(planId);
    http.expectOne(url).flush(createDashboard());
    expect(sut.dashboard()?.progress.overall).toBeNull();
    expect(sut.refreshedAt()).toBeNull();

    sut.changed(planId);
    vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS / 2);
    sut.changed(planId);
    vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS / 2);
    http.expectNone(url);
    vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS);
    const reload = http.expectOne(url);
    // While the new figures load, the old ones stay.
    expect(sut.dashboard()?.progress.overall).toBeNull();
    expect(sut.loading()).toBe(true);
    reload.flush({ ...createBusyDashboard(), readAt: '2026-12-01T10:00:00.000Z' });
    expect(sut.dashboard()?.progress.overall).toBe(5);
    expect(sut.refreshedAt()).toBe('2026-12-01T10:00:00.000Z');
    expect(sut.loading()).toBe(false);
  });

  it('keeps the figures shown when a reload fails, and says so apart from a failure to read them at all', () => {
    sut.open(planId);
    http.expectOne(url).flush(createBusyDashboard());
    sut.changed(planId);
    vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS);
    http.expectOne(url).flush({ statusCode: 503 }, { status: 503, statusText: 'Unavailable' });
    expect(sut.dashboard()?.progress.overall).toBe(5);
    expect(sut.refreshError()?.status).toBe(503);
    expect(sut.error()).toBeNull();

    // The next change that gets through clears the note.
    sut.changed(planId);
    vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS);
    http.expectOne(url).flush(createBusyDashboard());
    expect(sut.refreshError()).toBeNull();
  });

  it('reports a first read that fails as the page’s error', () => {
    sut.open(planId);
    http.expectOne(url).flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    expect(sut.dashboard()).toBeUndefined();
    expect(sut.error()?.status).toBe(404);
  });
});
