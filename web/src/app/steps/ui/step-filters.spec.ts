import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { english } from '../../../testing/dialog-test-kit';
import { StepQuery } from '../model/step-query';
import { StepFilters } from './step-filters';

describe(StepFilters.name, () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
  });
  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
    localStorage.clear();
  });

  async function render(query: StepQuery) {
    const fixture = TestBed.createComponent(StepFilters);
    fixture.componentRef.setInput('query', query);
    const changes: Partial<StepQuery>[] = [];
    fixture.componentInstance.queryChange.subscribe((change) => changes.push(change));
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('i18n/en.json').flush(english);
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, changes };
  }

  const checkbox = (element: HTMLElement, label: string) =>
    [...element.querySelectorAll('mat-checkbox')].find((item) => item.textContent?.trim() === label)!.querySelector('input')!;

  it('shows the URL’s due-soon and principle filters', async () => {
    const { element } = await render({ dueSoon: true, principle: 'participation', page: 1, pageSize: 50 });
    expect(checkbox(element, english.steps.filters.dueSoon).checked).toBe(true);
    expect(checkbox(element, english.steps.filters.overdueOnly).checked).toBe(false);
    const principle = [...element.querySelectorAll('mat-form-field')].find(
      (field) => field.querySelector('mat-label')?.textContent?.trim() === english.steps.filters.principle,
    )!;
    await vi.waitFor(() => {
      TestBed.tick();
      expect(principle.querySelector('.mat-mdc-select-value')?.textContent?.trim()).toBe(english.principle.participation);
    });
  });

  it('ticking “due soon” unticks “overdue” (the two never overlap), from the first page', async () => {
    const { element, changes } = await render({ overdue: true, page: 3, pageSize: 50 });
    checkbox(element, english.steps.filters.dueSoon).click();
    expect(changes).toEqual([{ dueSoon: true, overdue: false, page: 1 }]);
  });

  it('chooses a principle from the translated list, and clears every filter', async () => {
    const { element, changes } = await render({ page: 1, pageSize: 50 });
    const principle = [...element.querySelectorAll('mat-form-field')].find(
      (field) => field.querySelector('mat-label')?.textContent?.trim() === english.steps.filters.principle,
    )!;
    principle.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    TestBed.tick();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      english.steps.filters.allPrinciples, ...Object.values(english.principle),
    ]);
    options.find((option) => option.textContent?.trim() === english.principle.recovery)!.click();
    expect(changes).toEqual([{ principle: 'recovery', page: 1 }]);

    [...element.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === english.steps.filters.clear)!.click();
    expect(changes[1]).toMatchObject({ dueSoon: false, principle: undefined, overdue: false, page: 1 });
  });
});
