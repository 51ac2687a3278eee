import { ComponentType } from '@angular/cdk/portal';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The English translations, as the app loads them. */
export const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));

/** What a dialog's spec needs: HTTP answered by the test, no animations, English. Call in `beforeEach`. */
export function setUpDialogTestBed(): HttpTestingController {
  localStorage.clear();
  localStorage.setItem('reform-roadmap.language', 'en');
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  return TestBed.inject(HttpTestingController);
}

/** Takes the dialog's overlay away and forgets the language. Call in `afterEach`. */
export function tearDownDialogTestBed(): void {
  document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  localStorage.clear();
}

/** A dialog's content, found the way its users find things: fields by their labels, buttons by their texts. */
export class DialogView {
  constructor(readonly container: HTMLElement) {}

  field(label: string): HTMLElement {
    const found = [...this.container.querySelectorAll<HTMLElement>('mat-form-field')].find(
      (item) => item.querySelector('mat-label')?.textContent?.trim() === label,
    );
    if (!found) throw new Error(`No field “${label}”`);
    return found;
  }

  type(label: string, value: string): void {
    const input = this.field(label).querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    TestBed.tick();
  }

  button(text: string): HTMLButtonElement {
    const found = [...this.container.querySelectorAll<HTMLButtonElement>('button')].find((item) => item.textContent?.trim() === text);
    if (!found) throw new Error(`No button “${text}”`);
    return found;
  }
}

export interface OpenTestDialogOptions<R> {
  /** Told what the dialog closed with. */
  closed: (result: R | undefined) => void;
  /** Answers what the dialog asks for as it opens (after the translations). */
  answer?: () => void;
  /** Part of the title to wait for; any title when absent. */
  title?: string;
}

/** Opens a dialog as the app does, answers the translations, and waits until its title is shown. */
export async function openTestDialog<C, D, R>(
  http: HttpTestingController,
  component: ComponentType<C>,
  data: D,
  options: OpenTestDialogOptions<R>,
): Promise<DialogView> {
  TestBed.inject(MatDialog)
    .open<C, D, R>(component, { data })
    .afterClosed()
    .subscribe((result) => options.closed(result));
  TestBed.tick();
  http.expectOne('i18n/en.json').flush(english);
  options.answer?.();
  await vi.waitFor(() => {
    TestBed.tick();
    const title = document.querySelector('mat-dialog-container h2')?.textContent?.trim();
    if (options.title === undefined) expect(title).toBeTruthy();
    else expect(title).toContain(options.title);
  });
  return new DialogView(document.querySelector<HTMLElement>('mat-dialog-container')!);
}
