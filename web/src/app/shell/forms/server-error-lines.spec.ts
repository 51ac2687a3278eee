import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ServerErrorLines } from './server-error-lines';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));

describe(ServerErrorLines.name, () => {
  beforeEach(() => {
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({ imports: [ServerErrorLines], providers: [provideHttpClient(), provideHttpClientTesting()] });
  });
  afterEach(() => localStorage.clear());

  it('shows the summary, what the server said, and field errors that match no control, by their translated label', async () => {
    const fixture = TestBed.createComponent(ServerErrorLines);
    fixture.componentRef.setInput('summaryKey', 'errors.validation');
    fixture.componentRef.setInput('message', 'startDate must be a date written YYYY-MM-DD');
    fixture.componentRef.setInput('unmatched', [{ field: 'owner', message: 'owner is not a known field' }]);
    fixture.componentRef.setInput('labels', { owner: 'plans.form.title' });
    TestBed.inject(HttpTestingController).expectOne('i18n/en.json').flush(english);
    await fixture.whenStable();
    const lines = [...(fixture.nativeElement as HTMLElement).querySelectorAll('p')].map((line) => line.textContent?.trim());
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(english.errors.validation);
    expect(lines[1]).toBe('Details: startDate must be a date written YYYY-MM-DD');
    expect(lines[2]).toBe('The value of “Plan title” was not accepted.');
  });
});
