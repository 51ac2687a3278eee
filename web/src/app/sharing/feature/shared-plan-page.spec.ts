import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SharedPlanResponse } from '../../api/models';
import { authInterceptor } from '../../auth/data/auth-interceptor';
import { createBusyDashboard } from '../../dashboard/model/dashboard-factory';
import { retryAfterSeconds } from '../data/shared-plan-api';
import { SharedReportsList } from '../ui/shared-reports';
import { SharedStepsTable } from '../ui/shared-steps-table';
import { SharedPlanPage } from './shared-plan-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const TOKEN = 'T22CDtu57hXOWO88OrTa2NpI4FfFKlX5bePKaAPr1bg';

function createShared(tier: 'public' | 'donor'): SharedPlanResponse {
  const dashboard = createBusyDashboard();
  const donor = tier === 'donor';
  return {
    link: { name: 'Donors', tier, showNames: donor, expiresAt: null },
    readAt: dashboard.readAt,
    plan: dashboard.plan,
    progress: dashboard.progress,
    schedule: dashboard.schedule,
    reporting: dashboard.reporting,
    indicators: dashboard.indicators,
    principles: dashboard.principles,
    budget: dashboard.budget.map((budget) => ({
      currency: budget.currency, planned: budget.planned, committed: budget.committed, disbursed: budget.disbursed, gap: budget.gap,
      lines: budget.lines, flaggedLines: budget.flaggedLines,
      byArea: donor ? budget.byArea : [],
      byFunder: donor ? budget.byFunder.map((row) => ({ ...row, funder: row.funder.name })) : [],
    })),
    steps: { total: 1, page: 1, pageSize: 100, items: [{
      area: 'POL', catalogueKey: 'POL-01', title: 'Align national mental health policy with the CRPD', status: 'in_progress', progress: 60,
      startDate: '2026-08-03', dueDate: '2027-01-30', leadOrganisation: 'Ministry of Health of Veloria',
      people: [donor ? 'Amina Diallo' : 'Ministry of Health of Veloria'],
    }] },
    budgetLines: donor
      ? { total: 1, page: 1, pageSize: 100, items: [{ stepKey: 'POL-01', stepTitle: 'Align national mental health policy with the CRPD', area: 'POL', funder: 'Ministry of Finance of Veloria',
        currency: 'USD', year: 2026, planned: '50000.00', committed: '50000.00', disbursed: '45000.00', gap: '0.00' }] }
      : { total: 0, page: 1, pageSize: 100, items: [] },
    reports: donor
      ? { period: '2026-Q3', periods: ['2026-Q3', '2026-Q2'], items: [{
        stepKey: 'POL-01', stepTitle: 'Align national mental health policy with the CRPD', period: '2026-Q3', status: 'in_progress', progress: 60,
        narrative: 'The draft policy went through public consultation.', blockers: '', nextSteps: '', links: [], evidenceFiles: ['minutes.pdf'],
        author: 'Amina Diallo', approvedAt: '2026-11-21T09:27:53.905Z' }] }
      : null,
  };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe(SharedPlanPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SharedPlanPage],
      // The app's own interceptor: a visitor without a session must never be sent to sign in.
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
  });
  afterEach(() => localStorage.clear());

  async function render(
    answer: (request: ReturnType<HttpTestingController['expectOne']>) => void,
    period?: string,
    options: { stepPage?: string } = {},
  ) {
    const fixture = TestBed.createComponent(SharedPlanPage);
    fixture.componentRef.setInput('token', TOKEN);
    if (period) fixture.componentRef.setInput('period', period);
    if (options.stepPage) fixture.componentRef.setInput('stepPage', options.stepPage);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.match('i18n/en.json').forEach((request) => request.flush(english));
    const request = http.expectOne((candidate) => candidate.url === `/api/v1/share/${TOKEN}`);
    expect(request.request.headers.has('Authorization')).toBe(false);
    // Only what the API reads goes in the query: the token is in the path.
    expect(request.request.params.keys().filter((key) => !['period', 'stepPage', 'linePage'].includes(key))).toEqual([]);
    answer(request);
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  it('shows a public link’s figures and steps, says its tier and when they were read, with no reports or budget lines', async () => {
    const { element } = await render((request) => request.flush(createShared('public')));
    expect(text(element.querySelector('h1'))).toBe('Veloria reform');
    expect(text(element.querySelector('.tier'))).toContain(english.sharedPlan.tier.public);
    expect(text(element.querySelector('.facts'))).toContain(english.sharedPlan.facts.readAt);
    expect(text(element.querySelector('[data-figure="overall"]'))).toBe('5%');
    expect(text(element)).toContain(english.sharedPlan.steps.peopleByOrganisation);
    expect(element.querySelector('app-shared-reports')).toBeNull();
    expect(element.querySelector('app-shared-budget-lines')).toBeNull();
    // Nothing on a shared page leads into the plan, which its readers cannot open.
    expect([...element.querySelectorAll('a')].filter((link) => link.getAttribute('href')?.startsWith('/plans'))).toEqual([]);
  });

  it('shows a donor link’s budget lines and approved reports, and picks another period through the URL', async () => {
    const { element, fixture } = await render((request) => request.flush(createShared('donor')));
    expect(text(element.querySelector('.tier'))).toContain(english.sharedPlan.tier.donor);
    expect(text(element.querySelector('app-shared-budget-lines tbody'))).toContain('$45,000.00');
    const reports = element.querySelector('app-shared-reports');
    expect(text(reports)).toContain('1 approved reports for Q3 2026');
    expect(text(reports)).toContain('The draft policy went through public consultation.');
    expect(text(reports)).toContain('minutes.pdf');
    expect(text(element.querySelector('app-budget-summary'))).toContain('Northern Lights Foundation');

    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture.debugElement.query(By.directive(SharedReportsList)).componentInstance.periodChange.emit('2026-Q2');
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { period: '2026-Q2' } }));
  });

  it('asks the API for the period in the URL, and leaves out one not written like a period', async () => {
    const { http } = await render((request) => {
      expect(request.request.params.get('period')).toBe('2026-Q2');
      request.flush(createShared('donor'));
    }, '2026-Q2');
    http.verify();
  });

  it('asks for the page of steps in the URL, and turning a page puts it in the URL', async () => {
    const { fixture } = await render((request) => {
      expect(request.request.params.get('stepPage')).toBe('3');
      request.flush(createShared('public'));
    }, undefined, { stepPage: '3' });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture.debugElement.query(By.directive(SharedStepsTable)).componentInstance.pageChange.emit(2);
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { stepPage: 2 } }));
  });

  it('says only that the link does not work when the API answers 404, and sends nobody to sign in', async () => {
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigate');
    const { element, http } = await render((request) => request.flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' }));
    expect(text(element.querySelector('h1'))).toBe(english.sharedPlan.notWorking.title);
    expect(text(element.querySelector('[role="alert"]'))).toBe(english.sharedPlan.notWorking.text);
    expect(element.querySelector('app-area-progress')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    http.expectNone('/api/v1/auth/refresh');
  });

  it('says how long to wait when the API answers 429 with Retry-After', async () => {
    const { element } = await render((request) =>
      request.flush({ statusCode: 429 }, { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '42' } }),
    );
    expect(text(element.querySelector('h1'))).toBe(english.sharedPlan.rateLimited.title);
    expect(text(element.querySelector('[role="alert"]'))).toBe(english.sharedPlan.rateLimited.wait.replace('{seconds}', '42'));
  });
});

describe(retryAfterSeconds.name, () => {
  it('reads seconds or an HTTP date, and nothing else', () => {
    expect(retryAfterSeconds('42')).toBe(42);
    expect(retryAfterSeconds('Tue, 01 Dec 2026 10:00:30 GMT', new Date('2026-12-01T10:00:00Z'))).toBe(30);
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
  });
});
