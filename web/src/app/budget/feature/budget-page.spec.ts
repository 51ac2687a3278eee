import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CurrencyBudget, PlanBudgetResponse, PlanResponse } from '../../api/models';
import { BudgetPage } from './budget-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const french = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/fr.json'), 'utf8'));
const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';

const plan = {
  id: PLAN, title: 'Veloria reform', description: '', country: 'XDM', startDate: '2026-01-01', endDate: '2030-12-31',
  status: 'active', myRole: 'viewer', reportingCadence: 'quarterly', catalogueVersion: 1, stepCount: 57, doneCount: 1,
  overdueCount: 1, progress: 20, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
} as PlanResponse;

const sums = (planned: string, committed: string, disbursed: string, gap: string, lines: number, flaggedLines: number) => ({
  planned, committed, disbursed, gap, lines, flaggedLines,
});
const euros: CurrencyBudget = {
  currency: 'EUR', ...sums('1770000.00', '1285000.00', '390000.00', '485000.00', 3, 1),
  byArea: [
    { area: 'SVC', ...sums('1650000.00', '1150000.00', '300000.00', '500000.00', 2, 0) },
    { area: 'WFD', ...sums('120000.00', '135000.00', '90000.00', '-15000.00', 1, 1) },
  ],
  byFunder: [{ funder: { id: 'o-1', name: 'Northern Lights Foundation', kind: 'donor' }, ...sums('1770000.00', '1285000.00', '390000.00', '485000.00', 3, 1) }],
  byYear: [{ year: 2026, ...sums('870000.00', '885000.00', '390000.00', '-15000.00', 2, 1) }, { year: 2027, ...sums('900000.00', '400000.00', '0.00', '500000.00', 1, 0) }],
};
const dollars: CurrencyBudget = {
  currency: 'USD', ...sums('9999999999999999.99', '1850000.00', '645000.00', '9999999998149999.99', 2, 0),
  byArea: [{ area: 'FIN', ...sums('9999999999999999.99', '1850000.00', '645000.00', '9999999998149999.99', 2, 0) }],
  byFunder: [], byYear: [],
};

describe(BudgetPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [BudgetPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });
  afterEach(() => localStorage.clear());

  async function render(language: 'en' | 'fr', budget: PlanBudgetResponse) {
    localStorage.setItem('reform-roadmap.language', language);
    const fixture = TestBed.createComponent(BudgetPage);
    fixture.componentRef.setInput('planId', PLAN);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    if (language === 'fr') http.expectOne('i18n/fr.json').flush(french);
    http.expectOne(`/api/v1/plans/${PLAN}`).flush(plan);
    http.expectOne(`/api/v1/plans/${PLAN}/budget`).flush(budget);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has one section per currency, its figures formatted in the language from the server’s strings', async () => {
    const element = await render('fr', { currencies: [euros, dollars] });
    const sections = [...element.querySelectorAll('section.currency')];
    expect(sections.map((section) => section.querySelector('h3')?.textContent?.trim())).toEqual([
      'euro (EUR)', 'dollar des États-Unis (USD)',
    ]);
    const figures = (section: Element) =>
      Object.fromEntries([...section.querySelectorAll('dl > div')].map((item) => [
        item.querySelector('dt')?.textContent?.trim(), item.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
      ]));
    expect(figures(sections[0])).toMatchObject({
      [french.budget.fields.planned]: '1 770 000,00 €',
      [french.budget.fields.gapLong]: '485 000,00 €',
      [french.budget.fields.flaggedLines]: '1 signalée(s)',
    });
    // Sixteen digits and two decimals: shown to the cent, as no binary float could hold them.
    expect(figures(sections[1])[french.budget.fields.planned]).toBe('9 999 999 999 999 999,99 $US');
    // The euros and dollars are never added: no figure holds a sum of both.
    expect(element.textContent).not.toContain('10 000 000');
    expect(element.textContent).toContain(french.budget.currenciesApart.replace('{count}', '2'));
  });

  it('breaks each currency down by area (translated), funder and year; a negative gap is marked', async () => {
    const element = await render('en', { currencies: [euros] });
    const tables = [...element.querySelectorAll('section.currency table')];
    expect(tables.map((table) => table.querySelector('caption')?.textContent?.trim())).toEqual([
      'By area (EUR)', 'By funder (EUR)', 'By year (EUR)',
    ]);
    const rows = (table: Element) => [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows(tables[0])).toEqual([
      ['Service delivery (SVC)', '€1,650,000.00', '€1,150,000.00', '€300,000.00', '€500,000.00', '2', '0'],
      ['Workforce development (WFD)', '€120,000.00', '€135,000.00', '€90,000.00', '-€15,000.00', '1', '1'],
    ]);
    expect(rows(tables[1])[0][0]).toBe('Northern Lights Foundation · Donor');
    expect(rows(tables[2]).map((row) => row[0])).toEqual(['2026', '2027']);
    expect(tables[0].querySelector('tbody tr:nth-child(2) td.negative')?.textContent?.trim()).toBe('-€15,000.00');
  });

  it('says so when the plan has no budget lines yet, and how they are added', async () => {
    const element = await render('en', { currencies: [] });
    expect(element.querySelector('.empty')?.textContent).toContain(english.budget.empty);
    expect(element.querySelector('.empty')?.textContent).toContain(english.budget.emptyHow);
    expect(element.querySelectorAll('section.currency')).toHaveLength(0);
  });
});
