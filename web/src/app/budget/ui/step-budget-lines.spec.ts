import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BudgetLineListResponse, BudgetLineResponse, PlanResponse, Role } from '../../api/models';
import { StepBudgetLines } from './step-budget-lines';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const URL = '/api/v1/plans/p-1/steps/s-1/budget-lines';

const line: BudgetLineResponse = {
  id: 'l-1', planId: 'p-1', stepId: 's-1', funder: { id: 'o-1', name: 'Northern Lights Foundation', kind: 'donor' },
  currency: 'EUR', year: 2026, planned: '120000.00', committed: '135000.00', disbursed: '90000.00', gap: '-15000.00',
  flags: ['committed_above_planned'], note: 'Peer trainers’ travel costs came in above plan.', version: 1,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
const list: BudgetLineListResponse = {
  items: [line],
  totals: [{ currency: 'EUR', planned: '120000.00', committed: '135000.00', disbursed: '90000.00', gap: '-15000.00', lines: 1, flaggedLines: 1 }],
};

describe(StepBudgetLines.name, () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({ imports: [StepBudgetLines], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  });
  afterEach(() => localStorage.clear());

  async function render(role: Role, response: BudgetLineListResponse) {
    const fixture = TestBed.createComponent(StepBudgetLines);
    fixture.componentRef.setInput('planId', 'p-1');
    fixture.componentRef.setInput('stepId', 's-1');
    fixture.componentRef.setInput('plan', { id: 'p-1', status: 'active', myRole: role } as PlanResponse);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne(URL).flush(response);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the lines with their amounts, gap and flags — each flag an icon and words', async () => {
    const element = await render('editor', list);
    const cells = [...element.querySelectorAll('table')[0].querySelectorAll('tbody tr th, tbody tr td')].map((cell) =>
      cell.textContent?.replace(/\s+/g, ' ').trim());
    const funder = element.querySelector('tbody th')!;
    expect(funder.querySelector('span')?.textContent).toBe('Northern Lights Foundation');
    expect(funder.querySelector('.note')?.textContent).toBe('Peer trainers’ travel costs came in above plan.');
    expect(cells.slice(1, 7)).toEqual([
      '2026', '€120,000.00', '€135,000.00',
      '€90,000.00', '-€15,000.00', 'Committed above planned',
    ]);
    const flag = element.querySelector('app-budget-flags .flag')!;
    expect(flag.querySelector('app-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(flag.textContent?.trim()).toBe(english.budget.flags.committed_above_planned);
    expect([...element.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim())).toEqual([
      english.budget.add.action,
      'Edit the budget line: Northern Lights Foundation, 2026, €120,000.00 planned',
      'Delete the budget line: Northern Lights Foundation, 2026, €120,000.00 planned',
    ]);
    expect(element.querySelectorAll('table')[1].querySelector('caption')?.textContent?.trim()).toBe(english.budget.step.totals);
  });

  it('offers contributors and viewers nothing to change, and says when there are no lines', async () => {
    const element = await render('contributor', { items: [], totals: [] });
    expect(element.querySelectorAll('button')).toHaveLength(0);
    expect(element.querySelector('.empty')?.textContent?.trim()).toBe(english.budget.step.none);
  });
});
