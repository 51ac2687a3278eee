import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvitationPreviewResponse, LoginResponse } from '../../api/models';
import { authInterceptor } from '../../auth/data/auth-interceptor';
import { SessionStore } from '../../auth/data/session-store';
import { Translator } from '../../i18n/data/translator';
import { InvitationPage } from './invitation-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const french = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/fr.json'), 'utf8'));
const TOKEN = 'abc123';

function preview(partial: Partial<InvitationPreviewResponse> = {}): InvitationPreviewResponse {
  return {
    planTitle: 'Veloria reform',
    email: 'leila@peer-voices.example',
    role: 'contributor',
    invitedByName: 'Amina Diallo',
    expiresAt: '2026-12-01T10:00:00.000Z',
    accountExists: false,
    language: 'en',
    ...partial,
  };
}

function session(): LoginResponse {
  return {
    accessToken: 'token-1',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh-1',
    refreshExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    user: { id: 'u9', email: 'leila@peer-voices.example', name: 'Leila', language: 'en', organisation: null },
  };
}

describe(InvitationPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({
      imports: [InvitationPage],
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
  });

  afterEach(() => localStorage.clear());

  async function render(answer: (http: HttpTestingController) => void) {
    const fixture = TestBed.createComponent(InvitationPage);
    fixture.componentRef.setInput('token', TOKEN);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('i18n/en.json').flush(english);
    await fixture.whenStable();
    answer(http);
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  function type(element: HTMLElement, label: string, value: string): void {
    const labelElement = [...element.querySelectorAll('label')].find((item) => item.textContent?.trim().startsWith(label));
    const input = element.querySelector<HTMLInputElement>(`#${labelElement?.getAttribute('for')}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  function submit(element: HTMLElement): void {
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  }

  it('starts in the invitation’s language for a visitor who is not signed in, without remembering it', async () => {
    const { fixture, http, element } = await render((http) =>
      http.expectOne(`/api/v1/invitations/${TOKEN}`).flush(preview({ language: 'fr' })),
    );
    http.expectOne('i18n/fr.json').flush(french);
    await fixture.whenStable();
    expect(TestBed.inject(Translator).language()).toBe('fr');
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
    expect(element.querySelector('h1')?.textContent).toContain(french.invitation.title.replace('{plan}', 'Veloria reform'));
    expect(element.querySelector('button[type=submit]')?.textContent?.trim()).toBe(french.invitation.acceptAndCreate);
    // The visitor's own choice on this device is left alone; the language switch still decides from here on.
    expect(localStorage.getItem('reform-roadmap.language')).toBe('en');
  });

  it('keeps the language of someone signed in', async () => {
    TestBed.inject(SessionStore).start(session());
    const { element, http } = await render((http) =>
      http.expectOne(`/api/v1/invitations/${TOKEN}`).flush(preview({ language: 'fr' })),
    );
    http.expectNone('i18n/fr.json');
    expect(TestBed.inject(Translator).language()).toBe('en');
    expect(element.querySelector('button[type=submit]')?.textContent?.trim()).toBe(english.invitation.acceptAndCreate);
  });

  it('explains a withdrawn or expired link (410)', async () => {
    const { element } = await render((http) =>
      http.expectOne(`/api/v1/invitations/${TOKEN}`).flush({ statusCode: 410 }, { status: 410, statusText: 'Gone' }),
    );
    expect(element.textContent).toContain('This invitation has expired or was withdrawn. Ask the plan owner for a new one.');
    expect(element.querySelector('form')).toBeNull();
  });

  it('checks length and confirmation before sending, then shows the server’s password refusal at the field', async () => {
    const { fixture, http, element } = await render((http) =>
      http.expectOne(`/api/v1/invitations/${TOKEN}`).flush(preview()),
    );
    expect(element.querySelector('h1')?.textContent).toContain('Join “Veloria reform”');
    type(element, 'Your name', 'Leila Haddad');
    type(element, 'New password', 'short');
    type(element, 'Confirm password', 'other');
    submit(element);
    await fixture.whenStable();
    http.expectNone(`/api/v1/invitations/${TOKEN}/accept`);
    expect(element.textContent).toContain('The password must have at least 10 characters.');
    expect(element.textContent).toContain('The passwords do not match.');

    type(element, 'New password', 'password123');
    type(element, 'Confirm password', 'password123');
    submit(element);
    const accept = http.expectOne(`/api/v1/invitations/${TOKEN}/accept`);
    expect(accept.request.body).toEqual({ name: 'Leila Haddad', password: 'password123' });
    accept.flush(
      {
        statusCode: 400, error: 'Bad Request', message: 'Validation failed',
        errors: [{ field: 'password', message: 'password is one of the most common passwords; choose another' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const error = element.querySelector('mat-error');
    expect(error?.textContent).toContain('This password is too common and easy to guess. Choose another one.');
  });

  it('asks an existing account only for its password, then starts the session and opens the plan', async () => {
    const { fixture, http, element } = await render((http) =>
      http.expectOne(`/api/v1/invitations/${TOKEN}`).flush(preview({ accountExists: true })),
    );
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(element.textContent).toContain('You already have an account');
    expect(element.querySelectorAll('input').length).toBe(1);
    type(element, 'Password', 'my existing password');
    submit(element);
    const accept = http.expectOne(`/api/v1/invitations/${TOKEN}/accept`);
    expect(accept.request.body).toEqual({ name: 'leila', password: 'my existing password' });
    accept.flush({ planId: 'plan-7', session: session() }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(TestBed.inject(SessionStore).token()).toBe('token-1');
    expect(localStorage.getItem('reform-roadmap.refreshToken')).toBe('refresh-1');
    expect(navigate).toHaveBeenCalledWith(['/plans', 'plan-7']);
  });
});
