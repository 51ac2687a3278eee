import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MemberResponse, PlanResponse, ReportResponse, StepResponse } from '../../api/models';
import { StepReports } from './step-reports';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';
const STEP = '7c0f6f1e-0000-4000-8000-0000000000aa';
const REPORTS_URL = `/api/v1/plans/${PLAN}/steps/${STEP}/reports`;
const priya = { id: 'u-priya', name: 'Priya Raman', email: 'priya@example.org' };
const amina = { id: 'u-amina', name: 'Amina Diallo', email: 'amina@example.org' };

function plan(partial: Partial<PlanResponse> = {}): PlanResponse {
  return {
    id: PLAN, title: 'Veloria reform', description: '', country: 'KEN', startDate: '2027-01-01', endDate: '2031-12-31',
    status: 'active', myRole: 'contributor', myPermissions: [], reportingCadence: 'quarterly', catalogueVersion: 1, stepCount: 1, doneCount: 0,
    overdueCount: 0, progress: 0, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z', version: 1, ...partial,
  };
}

const step = {
  id: STEP, planId: PLAN, catalogueKey: 'WFD-03', title: 'Create paid peer-support roles', assigneeIds: [priya.id],
  status: 'in_progress', progress: 50,
} as unknown as StepResponse;

function report(partial: Partial<ReportResponse> = {}): ReportResponse {
  return {
    id: 'r-1', step: { id: STEP, catalogueKey: 'WFD-03', title: 'Create paid peer-support roles' }, period: '2027-Q1',
    state: 'draft', status: 'in_progress', progress: 50, narrative: 'Twelve trained.', blockers: '', nextSteps: '', links: [],
    files: [], correctsId: null, author: priya, submittedBy: null, submittedAt: null, reviewedBy: null, reviewedAt: null,
    reviewComment: null, locked: false, createdAt: '2027-02-01T00:00:00Z', updatedAt: '2027-02-01T00:00:00Z', version: 1,
    ...partial,
  };
}

describe(StepReports.name, () => {
  beforeEach(() => {
    // The second month of the plan's first quarter: the current period is 2027-Q1, and no earlier one is in the plan.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-02-10T12:00:00Z'));
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({
      imports: [StepReports],
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
    localStorage.clear();
  });

  async function render(options: { plan: PlanResponse; userId: string; reports: ReportResponse[]; members?: MemberResponse[] }) {
    const fixture = TestBed.createComponent(StepReports);
    fixture.componentRef.setInput('planId', PLAN);
    fixture.componentRef.setInput('step', step);
    fixture.componentRef.setInput('plan', options.plan);
    fixture.componentRef.setInput('userId', options.userId);
    fixture.componentRef.setInput('members', options.members ?? []);
    document.body.appendChild(fixture.nativeElement);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne(REPORTS_URL).flush({ items: options.reports });
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  function button(root: ParentNode, name: string): HTMLButtonElement {
    const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (item) => item.getAttribute('aria-label') === name || item.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button “${name}”`);
    return found;
  }

  const buttonNames = (root: ParentNode) =>
    [...root.querySelectorAll('button')].map((item) => item.getAttribute('aria-label') ?? item.textContent?.trim());

  it('lets an assignee start the current period’s report, opened and focused as a draft', async () => {
    const { fixture, http, element } = await render({ plan: plan(), userId: priya.id, reports: [] });
    expect(element.textContent).toContain(english.reports.step.noneWriter);
    // Only the current quarter: the one before lies before the plan's start.
    expect(buttonNames(element).filter((name) => name?.startsWith('Write report'))).toEqual(['Write report for Q1 2027']);

    button(element, 'Write report for Q1 2027').click();
    const create = http.expectOne(REPORTS_URL);
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({ period: '2027-Q1' });
    create.flush(report({ narrative: '' }));
    await fixture.whenStable();

    expect(element.querySelector('form[aria-label="Report"]')).not.toBeNull();
    expect(buttonNames(element)).not.toContain('Write report for Q1 2027');
    expect(element.textContent).toContain('The report for Q1 2027 was started as a draft.');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('report-heading-r-1'));
  });

  it('shows the reviewer’s comment on a returned report; a stale save shows the current report and re-applies', async () => {
    const returned = report({ state: 'returned', reviewComment: 'Say how many are employed.', reviewedBy: amina, version: 3 });
    const { fixture, http, element } = await render({ plan: plan(), userId: priya.id, reports: [returned] });
    expect(element.textContent).toContain('Returned for changes by Amina Diallo:');
    expect(element.textContent).toContain('Say how many are employed.');
    // A writer's returned report opens by itself.
    const narrative = element.querySelector<HTMLTextAreaElement>('form[aria-label="Report"] textarea')!;
    expect(narrative.value).toBe('Twelve trained.');

    narrative.value = 'Twelve trained, nine employed.';
    narrative.dispatchEvent(new Event('input'));
    button(element, 'Save draft').click();
    const stale = http.expectOne(`/api/v1/plans/${PLAN}/reports/r-1`);
    expect(stale.request.body).toEqual({ narrative: 'Twelve trained, nine employed.', version: 3 });
    const theirs = { ...returned, blockers: 'Contracts are late.', version: 4 };
    stale.flush(
      { statusCode: 409, error: 'Conflict', message: 'Someone else saved this report', errors: [{ field: 'version', message: '' }], current: theirs },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    const conflict = element.querySelector<HTMLElement>('section.conflict')!;
    expect(conflict.textContent).toContain(english.reports.conflict.title);
    expect(conflict.querySelector('tbody')?.textContent).toContain('Twelve trained, nine employed.');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('report-r-1-conflict'));

    button(element, english.reports.conflict.reapply).click();
    const again = http.expectOne(`/api/v1/plans/${PLAN}/reports/r-1`);
    expect(again.request.body).toEqual({ narrative: 'Twelve trained, nine employed.', version: 4 });
    again.flush({ ...theirs, narrative: 'Twelve trained, nine employed.', version: 5 });
    await fixture.whenStable();
    expect(element.querySelector('section.conflict')).toBeNull();
    const blockers = element.querySelectorAll<HTMLTextAreaElement>('form[aria-label="Report"] textarea')[1];
    expect(blockers.value).toBe('Contracts are late.');
  });

  it('shows a donor an approved report read-only: locked, downloadable, nothing to change', async () => {
    const approved = report({
      state: 'approved', locked: true, reviewedBy: amina, reviewedAt: '2027-03-01T00:00:00Z',
      files: [{ id: 'f-1', fileName: 'attendance.pdf', contentType: 'application/pdf', sizeBytes: 2048, sha256: 'x', uploadedBy: priya, uploadedAt: '2027-02-02T00:00:00Z' }],
    });
    const { fixture, element } = await render({ plan: plan({ myRole: 'viewer' }), userId: 'u-carlos', reports: [approved] });
    expect(buttonNames(element)).toEqual(['Open report: Q1 2027']);
    button(element, 'Open report: Q1 2027').click();
    await fixture.whenStable();
    expect(element.textContent).toContain(english.reports.locked);
    expect(buttonNames(element)).toEqual(['Close report: Q1 2027', 'Download attendance.pdf']);
    expect(element.querySelectorAll('textarea, input:not([type=file])').length).toBe(0);
  });

  it('lets a named reviewer approve a submitted report after a confirmation, and says the step changed', async () => {
    const submitted = report({ state: 'submitted', submittedBy: priya, submittedAt: '2027-03-01T00:00:00Z', progress: 65 });
    const reviewer: MemberResponse = {
      userId: 'u-jonas', name: 'Jonas Weber', email: 'jonas@example.org', organisation: null, role: 'editor', reviewer: true,
      version: 2, joinedAt: '2027-01-01T00:00:00Z',
    };
    const { fixture, http, element } = await render({ plan: plan({ myRole: 'editor' }), userId: 'u-jonas', reports: [submitted], members: [reviewer] });
    const approved = vi.fn();
    fixture.componentRef.instance.approved.subscribe(approved);
    button(element, 'Open report: Q1 2027').click();
    await fixture.whenStable();

    button(element, english.reports.review.approve).click();
    await fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(dialog.textContent).toContain(english.reports.review.confirmTitle);
    expect(dialog.textContent).toContain('(65%)');
    button(dialog, english.reports.review.confirm).click();
    await fixture.whenStable();

    const approve = http.expectOne(`/api/v1/plans/${PLAN}/reports/r-1/approve`);
    expect(approve.request.body).toEqual({});
    approve.flush({ ...submitted, state: 'approved', locked: true, reviewedBy: reviewer, version: 3 });
    await fixture.whenStable();
    expect(approved).toHaveBeenCalledTimes(1);
    expect(element.textContent).toContain('Report approved: Q1 2027.');
    expect(element.textContent).toContain(english.reports.locked);
  });

  it('refuses to return a report without a comment', async () => {
    const submitted = report({ state: 'submitted' });
    const { fixture, http, element } = await render({ plan: plan({ myRole: 'owner' }), userId: amina.id, reports: [submitted] });
    button(element, 'Open report: Q1 2027').click();
    await fixture.whenStable();
    button(element, english.reports.review.return).click();
    await fixture.whenStable();
    expect(element.textContent).toContain(english.reports.review.commentRequired);
    http.expectNone(`/api/v1/plans/${PLAN}/reports/r-1/return`);
  });
});
