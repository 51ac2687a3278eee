import { FormBuilder } from '@angular/forms';
import { createShareLinkForm, expiryRange, shareLinkFieldMessage, toCreateShareLinkRequest } from './share-link-form';

const today = new Date('2026-12-01T09:00:00.000Z');

describe('expiryRange', () => {
  it('runs from today (UTC) to 1098 days ahead, as the API allows', () => {
    expect(expiryRange(today)).toEqual({ min: '2026-12-01', max: '2029-12-03' });
  });
});

describe('createShareLinkForm', () => {
  const form = () => createShareLinkForm(new FormBuilder().nonNullable, today);

  it('needs a name of at most 100 characters', () => {
    const shareForm = form();
    expect(shareForm.controls.name.hasError('required')).toBe(true);
    shareForm.controls.name.setValue('x'.repeat(101));
    expect(shareForm.controls.name.hasError('maxlength')).toBe(true);
  });

  it('accepts no expiry, or one in the range', () => {
    const expiresOn = form().controls.expiresOn;
    expect(expiresOn.valid).toBe(true);
    expiresOn.setValue('2026-11-30');
    expect(expiresOn.hasError('expiresPast')).toBe(true);
    expiresOn.setValue('2029-12-04');
    expect(expiresOn.getError('expiresTooFar')).toEqual({ days: 1098 });
    expiresOn.setValue('2026-12-01');
    expect(expiresOn.valid).toBe(true);
  });
});

describe('toCreateShareLinkRequest', () => {
  it('sends names only on a donor link, and null for no expiry', () => {
    expect(toCreateShareLinkRequest({ name: ' Board ', tier: 'public', showNames: true, expiresOn: '' })).toEqual({
      name: 'Board', tier: 'public', expiresOn: null,
    });
    expect(toCreateShareLinkRequest({ name: 'Board', tier: 'donor', showNames: true, expiresOn: '2027-01-31' })).toEqual({
      name: 'Board', tier: 'donor', showNames: true, expiresOn: '2027-01-31',
    });
  });
});

describe('shareLinkFieldMessage', () => {
  it('reads the API’s expiry rules', () => {
    expect(shareLinkFieldMessage({ field: 'expiresOn', message: 'expiresOn must be today or later' })).toEqual({
      key: 'sharing.validation.expiresPast',
    });
    expect(shareLinkFieldMessage({ field: 'expiresOn', message: 'expiresOn must be at most 1098 days ahead' })).toEqual({
      key: 'sharing.validation.expiresTooFar', params: { days: '1098' },
    });
    expect(shareLinkFieldMessage({ field: 'name', message: 'name must not be empty' })).toBeNull();
  });
});
