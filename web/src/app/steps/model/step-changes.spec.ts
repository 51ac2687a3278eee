import { changedFields, compareWithCurrent, rebaseChanges } from './step-changes';
import { createStep } from './step-factory';
import { stepToFormValue } from './step-form';

describe('changedFields', () => {
  it('returns only the fields that differ, in the API shape', () => {
    const base = createStep({ assigneeIds: ['a', 'b'] });
    const value = { ...stepToFormValue(base), title: 'New title ', dueDate: '', assigneeIds: ['b', 'a'] };
    expect(changedFields(base, value)).toEqual({ title: 'New title', dueDate: null });
  });

  it('is empty when nothing changed', () => {
    const base = createStep();
    expect(changedFields(base, stepToFormValue(base))).toEqual({});
  });
});

describe('rebaseChanges', () => {
  const base = createStep({ version: 3, title: 'Old', progress: 10, status: 'in_progress' });
  const current = createStep({ version: 4, title: 'Old', progress: 40, status: 'in_progress', priority: 'high' });

  it('puts my changed fields onto their version and keeps their other changes', () => {
    const mine = { title: 'Mine', status: 'blocked' as const };
    const sut = rebaseChanges(mine, current);
    expect(sut.request).toEqual({ version: 4, title: 'Mine', status: 'blocked' });
    expect(sut.formValue.title).toBe('Mine');
    expect(sut.formValue.status).toBe('blocked');
    expect(sut.formValue.progress).toBe(40);
    expect(sut.formValue.priority).toBe('high');
  });

  it('drops fields where their value already equals mine', () => {
    const sut = rebaseChanges({ progress: 40, title: 'Mine' }, current);
    expect(sut.request).toEqual({ version: 4, title: 'Mine' });
  });

  it('writes cleared dates back as empty form values and null in the request', () => {
    const sut = rebaseChanges({ dueDate: null }, current);
    expect(sut.request).toEqual({ version: 4, dueDate: null });
    expect(sut.formValue.dueDate).toBe('');
  });
});

describe('compareWithCurrent', () => {
  it('lists my fields with their value and flags fields both of us changed', () => {
    const base = createStep({ progress: 10, title: 'Old' });
    const current = createStep({ progress: 40, title: 'Old', version: 2 });
    const rows = compareWithCurrent(base, { progress: 50, title: 'Mine' }, current);
    expect(rows).toEqual([
      { field: 'progress', theirs: 40, mine: 50, bothChanged: true },
      { field: 'title', theirs: 'Old', mine: 'Mine', bothChanged: false },
    ]);
  });
});

describe('lead organisation (a reference)', () => {
  const ministry = { id: 'org-1', name: 'Ministry of Health', kind: 'ministry' as const, country: 'GHA' };
  const peers = { id: 'org-2', name: 'Peer Voices', kind: 'opd' as const, country: null };

  it('sends the chosen id, and null when cleared', () => {
    const base = createStep({ leadOrganisationId: ministry.id, leadOrganisation: ministry });
    expect(changedFields(base, { ...stepToFormValue(base), leadOrganisationId: peers.id })).toEqual({
      leadOrganisationId: peers.id,
    });
    expect(changedFields(base, { ...stepToFormValue(base), leadOrganisationId: '' })).toEqual({
      leadOrganisationId: null,
    });
  });

  it('compares and re-applies it after a conflict', () => {
    const base = createStep({ version: 1 });
    const current = createStep({ version: 2, leadOrganisationId: ministry.id, leadOrganisation: ministry });
    expect(compareWithCurrent(base, { leadOrganisationId: peers.id }, current)).toEqual([
      { field: 'leadOrganisationId', theirs: ministry.id, mine: peers.id, bothChanged: true },
    ]);
    const rebased = rebaseChanges({ leadOrganisationId: null }, current);
    expect(rebased.request).toEqual({ version: 2, leadOrganisationId: null });
    expect(rebased.formValue.leadOrganisationId).toBe('');
    expect(rebaseChanges({ leadOrganisationId: ministry.id }, current).request).toEqual({ version: 2 });
  });
});
