import { FormControl, FormGroup, NonNullableFormBuilder, ValidatorFn, Validators } from '@angular/forms';
import { CreateShareLinkRequest, FieldError, ShareLinkState, ShareTier } from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';

/** From the most to the least shown; labels are `sharing.tier.<tier>`, what each shows `sharing.tierHelp.<tier>`. */
export const SHARE_TIERS: readonly ShareTier[] = ['public', 'donor'];
/** Labels are `sharing.state.<state>`. */
export const SHARE_LINK_STATES: readonly ShareLinkState[] = ['active', 'expired', 'revoked'];

export const NAME_MAX_LENGTH = 100;
/** The furthest ahead the API lets a link expire (three years of 366 days). */
export const MAX_EXPIRY_DAYS = 3 * 366;

export const SHARE_LINK_FIELD_LABELS: Record<string, string> = {
  name: 'sharing.create.name',
  tier: 'sharing.create.tier',
  showNames: 'sharing.create.showNames',
  expiresOn: 'sharing.create.expiresOn',
};

export type ShareLinkForm = FormGroup<{
  name: FormControl<string>;
  tier: FormControl<ShareTier>;
  showNames: FormControl<boolean>;
  /** YYYY-MM-DD, or empty for a link that works until revoked. */
  expiresOn: FormControl<string>;
}>;

/** A day as the API writes it, in UTC (the API's "today" for an expiry). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first and last day a link may be set to expire, counted from today (UTC). */
export function expiryRange(today: Date): { min: string; max: string } {
  const max = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + MAX_EXPIRY_DAYS));
  return { min: isoDay(today), max: isoDay(max) };
}

/** An empty expiry is fine; a written one must lie in the range (ISO days compare as strings). */
function expiryWithin(range: { min: string; max: string }): ValidatorFn {
  return (control) => {
    const value = String(control.value ?? '');
    if (!value) return null;
    if (value < range.min) return { expiresPast: true };
    if (value > range.max) return { expiresTooFar: { days: MAX_EXPIRY_DAYS } };
    return null;
  };
}

export function createShareLinkForm(builder: NonNullableFormBuilder, today: Date): ShareLinkForm {
  return builder.group({
    name: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    tier: ['public' as ShareTier, Validators.required],
    showNames: [false],
    expiresOn: ['', expiryWithin(expiryRange(today))],
  });
}

/** The request for the form's values: names only on a donor link, no expiry when none is written. */
export function toCreateShareLinkRequest(value: ReturnType<ShareLinkForm['getRawValue']>): CreateShareLinkRequest {
  return {
    name: value.name.trim(),
    tier: value.tier,
    ...(value.tier === 'donor' ? { showNames: value.showNames } : {}),
    expiresOn: value.expiresOn || null,
  };
}

/** The API's own expiry rules, said the way the form says them. */
export function shareLinkFieldMessage(error: FieldError): MessageRef | null {
  if (error.field !== 'expiresOn') return null;
  if (/today or later/.test(error.message)) return { key: 'sharing.validation.expiresPast' };
  const ahead = /at most (\d+) days/.exec(error.message);
  if (ahead) return { key: 'sharing.validation.expiresTooFar', params: { days: ahead[1] } };
  return null;
}
