import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IndicatorResponse, PlanPermission, PlanResponse, Role } from '../../api/models';
import { IndicatorsPage } from './indicators-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';

// What the API sends each role today; the page must follow myPermissions, not the role.
const AS_VIEWER: PlanPermission[] = ['plan.read'];
const AS_CONTRIBUTOR: PlanPermission[] = ['plan.read', 'comment.write', 'measurement.write'];
const AS_EDITOR: PlanPermission[] = ['plan.read', 'plan.update', 'step.create', 'indicator.manage', 'measurement.write'];

function plan(myRole: Role, myPermissions: PlanPermission[]): PlanResponse {
  return {
    myPermissions,
    id: PLAN, title: 'Veloria reform', description: '', country: 'XDM', startDate: '2026-01-01', endDate: '2030-12-31',
    status: 'active', myRole, reportingCadence: 'quarterly', catalogueVersion: 1, stepCount: 0, doneCount: 0,
    overdueCount: 0, progress: 0, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
  } as PlanResponse;
}

function indicator(partial: Partial<IndicatorResponse>): IndicatorResponse {
  return {
    id: 'i-1', planId: PLAN, stepId: null, name: 'Share of mental health budget spent on community services', unit: '%',
    direction: 'increase', baseline: '12', baselineDate: '2026-01-01', target: '30', targetDate: '2030-12-31',
    disaggregation: [], latest: null, progressToTarget: null, trend: [], version: 1,
    createdBy: { id: 'u-1', name: 'Jonas Weber' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    ...partial,
  } as IndicatorResponse;
}

const measured = indicator({
  latest: {
    id: 'm-2', indicatorId: 'i-1', period: '2027-Q2', value: '18', source: 'HMIS', note: null,
    recordedBy: { id: 'u-2', name: 'Priya Raman' }, recordedAt: '2027-07-01T00:00:00.000Z', supersededAt: null, replacedBy: null,
  } as IndicatorResponse['latest'],
  progressToTarget: 33.3,
  trend: [{ period: '2027-Q1', value: '15' }, { period: '2027-Q2', value: '18' }],
});
const regressing = indicator({
  id: 'i-2', name: 'Involuntary admissions', unit: 'per 100 000', direction: 'decrease', baseline: '40', target: '20',
  progressToTarget: -35, trend: [{ period: '2027-Q1', value: '47' }],
});

describe(IndicatorsPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({
      imports: [IndicatorsPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });
  afterEach(() => localStorage.clear());

  async function render(role: Role, permissions: PlanPermission[], items: IndicatorResponse[]) {
    const fixture = TestBed.createComponent(IndicatorsPage);
    fixture.componentRef.setInput('planId', PLAN);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne(`/api/v1/plans/${PLAN}`).flush(plan(role, permissions));
    http.expectOne(`/api/v1/plans/${PLAN}/indicators`).flush({ items });
    http.expectOne((request) => request.url === `/api/v1/plans/${PLAN}/steps`).flush({ items: [], total: 0, page: 1, pageSize: 200 });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (element: HTMLElement) =>
    [...element.querySelectorAll('button')].map((button) => button.textContent?.replace(/\s+/g, ' ').trim());

  it('shows progress as a number and in words, the trend as a described image and as a table of values', async () => {
    const element = await render('viewer', AS_VIEWER, [measured, regressing]);
    const [first, second] = [...element.querySelectorAll('article')];
    expect(first.querySelector('h4')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Progress to target 33.3%');
    expect(first.textContent).toContain('33.3% of the way from the baseline to the target.');
    expect(first.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(
      'Line chart of Share of mental health budget spent on community services: 2 periods, from 15 % in Q1 2027 to 18 % in Q2 2027; baseline 12 %, target 30 %.',
    );
    const rows = [...first.querySelectorAll('details tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([['Q1 2027', '15'], ['Q2 2027', '18']]);
    // Moving away from the target is said, and drawn before the baseline mark rather than clamped to it.
    expect(second.textContent).toContain('-35%: moving away from the target (worse than the baseline).');
    const segment = second.querySelector<HTMLElement>('.segment.regression')!;
    expect(segment.style.getPropertyValue('inset-inline-start')).toBe('0%');
    expect(segment.style.width).toBe('25.93%');
  });

  it('offers viewers nothing to change', async () => {
    const element = await render('viewer', AS_VIEWER, [measured]);
    expect(buttons(element)).toEqual([english.indicators.history.show]);
  });

  it('offers what the API lists, not what the role used to mean', async () => {
    const element = await render('viewer', [...AS_VIEWER, 'measurement.write'], [measured]);
    expect(buttons(element)).toEqual([english.indicators.measurement.action, english.indicators.history.show]);
  });

  it('lets contributors record measurements, and only owners and editors define, change and delete indicators', async () => {
    const contributor = await render('contributor', AS_CONTRIBUTOR, [measured]);
    expect(buttons(contributor)).toEqual([english.indicators.measurement.action, english.indicators.history.show]);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [IndicatorsPage], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    const editor = await render('editor', AS_EDITOR, [measured]);
    expect(buttons(editor)).toEqual([
      english.indicators.add.action, english.indicators.measurement.action, english.indicators.edit.action,
      english.indicators.delete.action, english.indicators.history.show,
    ]);
  });

  it('says when no indicator is defined yet, and how to add one to those who can', async () => {
    const element = await render('editor', AS_EDITOR, []);
    expect(element.querySelector('.empty')?.textContent).toContain(english.indicators.empty);
    expect(element.querySelector('.empty')?.textContent).toContain(english.indicators.emptyCanAdd);
  });
});
