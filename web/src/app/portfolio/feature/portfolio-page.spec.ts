import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PortfolioResponse } from '../../api/models';
import { createPortfolio, createPortfolioPlan } from '../model/portfolio-factory';
import { PortfolioPage } from './portfolio-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const french = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/fr.json'), 'utf8'));

const kenya = createPortfolioPlan({
  id: '7c0f6f1e-0000-4000-8000-000000000002', title: 'Kenya: mental health action plan', country: 'KEN', role: 'owner',
  progress: 61, overdue: 0, status: 'archived',
  budget: [
    { currency: 'USD', planned: '9999999999999999.99', committed: '1850000.00', disbursed: '645000.00', gap: '0.00', lines: 2, flaggedLines: 0 },
    { currency: 'EUR', planned: '100.00', committed: '0.00', disbursed: '0.00', gap: '100.00', lines: 1, flaggedLines: 0 },
  ],
  organisationFunding: [],
  indicators: { total: 0, achieved: 0, onTrack: 0, offTrack: 0, noData: 0 },
});

describe(PortfolioPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [PortfolioPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });
  afterEach(() => localStorage.clear());

  async function render(portfolio: PortfolioResponse, options: { language?: 'en' | 'fr'; params?: Record<string, string> } = {}) {
    const language = options.language ?? 'en';
    localStorage.setItem('reform-roadmap.language', language);
    const fixture = TestBed.createComponent(PortfolioPage);
    for (const [name, value] of Object.entries(options.params ?? {})) fixture.componentRef.setInput(name, value);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    if (language === 'fr') http.expectOne('i18n/fr.json').flush(french);
    const request = http.expectOne((candidate) => candidate.url === '/api/v1/portfolio');
    request.flush(portfolio);
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, request: request.request, http, fixture };
  }

  /** A cell's text as a reader hears it: its pieces apart, every kind of space one space. */
  const text = (element: Element): string => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const pieces: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.textContent ?? '');
    return pieces.join(' ').replace(/\s+/g, ' ').trim();
  };
  const cells = (row: Element) => [...row.querySelectorAll('th, td')].map(text);

  it('compares the plans in one table, a row each, with the organisation’s money in its own column', async () => {
    const { element } = await render(createPortfolio({ items: [createPortfolioPlan(), kenya] }));
    const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual([
      'Plan', 'Country', 'Period', 'Overall progress', 'Overdue steps', 'Reporting this period', 'Indicators', 'Budget',
      'Funded by Northern Lights Foundation',
    ]);
    const [veloria, kenyan] = [...element.querySelectorAll('tbody tr')].map(cells);
    expect(veloria[0]).toContain('Veloria: community mental health reform 2026–2030');
    expect(veloria[0]).toContain('Your role: Viewer');
    expect(veloria.slice(1, 5)).toEqual(['Demo country (fictional)', 'Jan 1, 2026 – Dec 31, 2030', '23% Steps: 57', '2']);
    expect(veloria[5]).toBe('3 of 57 approved Q4 2026 Submitted: 1 Returned: 1 Draft: 2 Missing: 50');
    expect(veloria[6]).toBe('On track: 1 Off track: 1 Achieved: 1 No data yet: 1 Indicators: 4');
    expect(veloria[7]).toBe('EUR Planned €1,770,000.00 Committed €1,285,000.00 Disbursed €390,000.00');
    expect(veloria[8]).toBe('EUR Planned €1,250,000.00 Committed €1,000,000.00 Disbursed €250,000.00');
    expect(kenyan[0]).toContain('Archived');
    expect(kenyan[1]).toBe('Kenya');
    expect(kenyan[6]).toBe('No indicators');
    // Two currencies, each to the cent, never summed.
    expect(kenyan[7]).toBe('USD Planned $9,999,999,999,999,999.99 Committed $1,850,000.00 Disbursed $645,000.00 EUR Planned €100.00 Committed €0.00 Disbursed €0.00');
    expect(kenyan[8]).toBe('Nothing funded here');
    const link = element.querySelector<HTMLAnchorElement>('tbody tr th a');
    expect(link?.getAttribute('href')).toBe('/plans/7c0f6f1e-0000-4000-8000-000000000001/dashboard');
  });

  it('has no funding column for someone of no organisation, and formats in the reader’s language', async () => {
    const { element } = await render(createPortfolio({ organisation: null }), { language: 'fr' });
    const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).toHaveLength(8);
    expect(headers).not.toContain(expect.stringContaining('Financé'));
    expect(cells(element.querySelector('tbody tr')!)[7]).toBe('EUR Prévu 1 770 000,00 € Engagé 1 285 000,00 € Décaissé 390 000,00 €');
  });

  it('sends the URL’s filters and order to the API, and marks the sorted column', async () => {
    const { request, element } = await render(createPortfolio(), {
      params: { country: 'XDM', status: 'all', role: 'viewer', sort: 'progress', order: 'desc' },
    });
    expect(request.params.keys().sort()).toEqual(['country', 'order', 'role', 'sort', 'status']);
    expect(request.params.get('sort')).toBe('progress');
    expect(request.params.get('order')).toBe('desc');
    const sorted = [...element.querySelectorAll('thead th[aria-sort]')];
    expect(sorted.map((th) => [th.textContent?.trim(), th.getAttribute('aria-sort')])).toEqual([['Overall progress', 'descending']]);
  });

  it('keeps the table in place while another order loads, then shows the new rows', async () => {
    const { element, http, fixture } = await render(createPortfolio({ items: [createPortfolioPlan(), kenya] }));
    fixture.componentRef.setInput('sort', 'progress');
    fixture.componentRef.setInput('order', 'desc');
    TestBed.tick();
    const request = http.expectOne((candidate) => candidate.url === '/api/v1/portfolio');
    expect(request.request.params.get('sort')).toBe('progress');
    expect(element.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(element.querySelector('[role=status]')?.textContent).toContain(english.common.loading);
    request.flush(createPortfolio({ items: [kenya, createPortfolioPlan()] }));
    await fixture.whenStable();
    expect([...element.querySelectorAll('tbody tr th a')].map((link) => link.textContent?.trim())).toEqual([kenya.title, createPortfolioPlan().title]);
  });

  it('sends nothing for the defaults', async () => {
    const { request } = await render(createPortfolio());
    expect(request.params.keys()).toEqual([]);
  });

  it('says when no plan matches and clears the filters, keeping the order', async () => {
    const { element } = await render(createPortfolio({ items: [], countries: ['XDM', 'KEN'] }), {
      params: { country: 'KEN', sort: 'overdue' },
    });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(element.querySelector('.empty')?.textContent).toContain('No plans match these filters.');
    const clear = [...element.querySelectorAll<HTMLButtonElement>('.empty button')].find((button) => button.textContent?.trim() === 'Clear filters');
    clear!.click();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({
      queryParams: { country: null, status: null, role: null, sort: 'overdue', order: null },
    }));
  });

  it('says when the person has no plan at all, without filters to play with', async () => {
    const { element } = await render(createPortfolio({ items: [], countries: [] }));
    expect(element.querySelector('.empty')?.textContent).toContain('You are not a member of any plan yet.');
    expect(element.querySelector('app-portfolio-filters')).toBeNull();
    expect(element.querySelector('table')).toBeNull();
  });

  it('says why the portfolio could not be loaded, and tries again', async () => {
    localStorage.setItem('reform-roadmap.language', 'en');
    const fixture = TestBed.createComponent(PortfolioPage);
    fixture.componentRef.setInput('country', 'ZZZ');
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne((candidate) => candidate.url === '/api/v1/portfolio').flush(
      { statusCode: 400, error: 'Bad Request', message: 'x', errors: [{ field: 'country', message: 'country must be…' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role=alert]')?.textContent).toContain(english.errors.validation);
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'Try again')!.click();
    TestBed.tick();
    http.expectOne((candidate) => candidate.url === '/api/v1/portfolio').flush(createPortfolio());
    await fixture.whenStable();
    expect(element.querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
