import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { authInterceptor } from '../data/auth-interceptor';
import { safeReturnUrl, SignInPage } from './sign-in-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));

describe(SignInPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
  });

  afterEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(SignInPage);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('i18n/en.json').flush(english);
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  function field(element: HTMLElement, label: string): HTMLInputElement {
    const labelElement = [...element.querySelectorAll('label')].find((item) => item.textContent?.trim().startsWith(label));
    return element.querySelector<HTMLInputElement>(`#${labelElement?.getAttribute('for')}`)!;
  }

  it('labels its fields and heading through the translation layer', async () => {
    const { element } = await render();
    expect(element.querySelector('h1')?.textContent).toContain('Sign in to Reform Roadmap');
    expect(field(element, 'Email')?.type).toBe('email');
    expect(field(element, 'Password')?.type).toBe('password');
  });

  it('shows a translated message when the API answers 401', async () => {
    const { fixture, http, element } = await render();
    const email = field(element, 'Email');
    const password = field(element, 'Password');
    email.value = 'amina@example.org';
    email.dispatchEvent(new Event('input'));
    password.value = 'wrong';
    password.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http
      .expectOne('/api/v1/auth/login')
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'x', errors: [] }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('The email or password is not correct.');
  });

  it('goes to the return URL after signing in', async () => {
    const { fixture, http, element } = await render();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('returnUrl', '/plans/p1?status=done');
    field(element, 'Email').value = 'amina@example.org';
    field(element, 'Email').dispatchEvent(new Event('input'));
    field(element, 'Password').value = 'secret';
    field(element, 'Password').dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http.expectOne('/api/v1/auth/login').flush({
      accessToken: 't',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      refreshToken: 'r',
      refreshExpiresAt: new Date(Date.now() + 120_000).toISOString(),
      user: { id: 'u1', email: 'amina@example.org', name: 'Amina', language: 'en' },
    });
    expect(navigate).toHaveBeenCalledWith('/plans/p1?status=done');
  });

  it('without a return URL, goes to the person’s home: the portfolio for a donor’s people', async () => {
    const { fixture, http, element } = await render();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    field(element, 'Email').value = 'viewer@demo.org';
    field(element, 'Email').dispatchEvent(new Event('input'));
    field(element, 'Password').value = 'secret';
    field(element, 'Password').dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http.expectOne('/api/v1/auth/login').flush({
      accessToken: 't',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      refreshToken: 'r',
      refreshExpiresAt: new Date(Date.now() + 120_000).toISOString(),
      user: {
        id: 'u4', email: 'viewer@demo.org', name: 'Dana', language: 'en',
        organisation: { id: 'o1', name: 'Northern Lights Foundation', kind: 'donor' },
      },
    });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/portfolio');
  });

  it('follows only same-site return URLs', () => {
    expect(safeReturnUrl('/plans/1')).toBe('/plans/1');
    expect(safeReturnUrl('//evil.example')).toBe('/plans');
    expect(safeReturnUrl('https://evil.example')).toBe('/plans');
    expect(safeReturnUrl('/sign-in')).toBe('/plans');
    expect(safeReturnUrl(undefined)).toBe('/plans');
    expect(safeReturnUrl('//evil.example', '/portfolio')).toBe('/portfolio');
  });
});
