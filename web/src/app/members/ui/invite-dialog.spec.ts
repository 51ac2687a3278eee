import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InviteDialog, InviteDialogData } from './invite-dialog';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const french = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/fr.json'), 'utf8'));
const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';

describe(InviteDialog.name, () => {
  beforeEach(() => {
    localStorage.clear();
    // The inviter works in French.
    localStorage.setItem('reform-roadmap.language', 'fr');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
    localStorage.clear();
  });

  function field(container: HTMLElement, label: string): HTMLElement {
    const formField = [...container.querySelectorAll<HTMLElement>('mat-form-field')].find(
      (item) => item.querySelector('mat-label')?.textContent?.trim() === label,
    );
    if (!formField) throw new Error(`No field “${label}”`);
    return formField;
  }

  it('offers the six languages by their own names, starts with the inviter’s, and sends the one chosen', async () => {
    const http = TestBed.inject(HttpTestingController);
    const dialogRef = TestBed.inject(MatDialog).open<InviteDialog, InviteDialogData, boolean>(InviteDialog, {
      data: { planId: PLAN },
    });
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne('i18n/fr.json').flush(french);
    expect(dialogRef.componentInstance).toBeInstanceOf(InviteDialog);
    TestBed.tick();
    const container = document.querySelector<HTMLElement>('mat-dialog-container')!;

    const languageField = field(container, french.members.invite.language);
    // The select shows its value once its options are there.
    await vi.waitFor(() => {
      TestBed.tick();
      expect(languageField.querySelector('.mat-mdc-select-value')?.textContent?.trim()).toBe('Français');
    });
    expect(languageField.textContent).toContain(french.members.invite.languageHint);

    languageField.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    TestBed.tick();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((option) => [option.textContent?.trim(), option.getAttribute('lang')])).toEqual([
      ['العربية', 'ar'], ['中文', 'zh'], ['English', 'en'], ['Français', 'fr'], ['Русский', 'ru'], ['Español', 'es'],
    ]);
    expect(options[0].getAttribute('dir')).toBe('rtl');
    options.find((option) => option.textContent?.trim() === 'Español')!.click();
    TestBed.tick();

    const email = field(container, french.members.invite.email).querySelector('input')!;
    email.value = 'lucia@peer-voices.example';
    email.dispatchEvent(new Event('input'));
    container.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    TestBed.tick();
    const request = http.expectOne(`/api/v1/plans/${PLAN}/invitations`);
    expect(request.request.body).toEqual({ email: 'lucia@peer-voices.example', role: 'contributor', language: 'es' });
  });
});
