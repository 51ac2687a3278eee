import { MemberResponse, PlanResponse, ReportResponse, ReportState } from '../../api/models';
import { currentReport, reportConflictKind } from './report-conflict';
import { canReviewReports, canWriteReports, isCorrectable, originalReport, reportActions, sortReports } from './report-rules';

function plan(partial: Partial<PlanResponse> = {}): PlanResponse {
  return {
    id: 'plan-1', title: 'Veloria', description: '', country: 'KEN', startDate: '2027-01-01', endDate: '2031-12-31',
    status: 'active', myRole: 'owner', myPermissions: [], reportingCadence: 'quarterly', catalogueVersion: 1, stepCount: 1, doneCount: 0,
    overdueCount: 0, progress: 0, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z', version: 1,
    ...partial,
  };
}

function member(partial: Partial<MemberResponse> = {}): MemberResponse {
  return {
    userId: 'u-leila', name: 'Leila', email: 'leila@example.org', organisation: null, role: 'contributor', reviewer: false,
    version: 1, joinedAt: '2027-01-01T00:00:00Z', ...partial,
  };
}

function report(partial: Partial<ReportResponse> = {}): ReportResponse {
  const person = { id: 'u-leila', name: 'Leila', email: 'leila@example.org' };
  return {
    id: 'r-1', step: { id: 's-1', catalogueKey: 'WFD-03', title: 'Train peer workers' }, period: '2027-Q1', state: 'draft',
    status: 'in_progress', progress: 50, narrative: '', blockers: '', nextSteps: '', links: [], files: [], correctsId: null,
    author: person, submittedBy: null, submittedAt: null, reviewedBy: null, reviewedAt: null, reviewComment: null,
    locked: false, createdAt: '2027-02-01T00:00:00Z', updatedAt: '2027-02-01T00:00:00Z', version: 1, ...partial,
  };
}

describe('who may write and review reports', () => {
  it('lets owners and editors write any step’s reports, contributors only their own steps’, viewers none', () => {
    expect(canWriteReports(plan({ myRole: 'owner' }), [], 'u-1')).toBe(true);
    expect(canWriteReports(plan({ myRole: 'editor' }), [], 'u-1')).toBe(true);
    expect(canWriteReports(plan({ myRole: 'contributor' }), ['u-1'], 'u-1')).toBe(true);
    expect(canWriteReports(plan({ myRole: 'contributor' }), ['u-2'], 'u-1')).toBe(false);
    expect(canWriteReports(plan({ myRole: 'viewer' }), ['u-1'], 'u-1')).toBe(false);
    expect(canWriteReports(plan({ myRole: 'owner', status: 'archived' }), [], 'u-1')).toBe(false);
    expect(canWriteReports(null, [], 'u-1')).toBe(false);
  });

  it('lets owners review, and members named reviewer whatever their role', () => {
    const members = [member({ userId: 'u-viewer', role: 'viewer', reviewer: true }), member({ userId: 'u-editor', role: 'editor' })];
    expect(canReviewReports(plan({ myRole: 'owner' }), [], 'u-owner')).toBe(true);
    expect(canReviewReports(plan({ myRole: 'viewer' }), members, 'u-viewer')).toBe(true);
    expect(canReviewReports(plan({ myRole: 'editor' }), members, 'u-editor')).toBe(false);
    expect(canReviewReports(plan({ myRole: 'viewer', status: 'archived' }), members, 'u-viewer')).toBe(false);
  });
});

describe('what each report offers, by state and role', () => {
  const writer = { canWrite: true, canReview: false };
  const reviewer = { canWrite: false, canReview: true };
  const both = { canWrite: true, canReview: true };
  const reader = { canWrite: false, canReview: false };
  const shown = (state: ReportState, rights: typeof writer) =>
    Object.entries(reportActions({ state }, rights)).filter(([, allowed]) => allowed).map(([action]) => action);

  it('drafts and returned reports are edited and submitted by writers only', () => {
    expect(shown('draft', writer)).toEqual(['edit', 'submit']);
    expect(shown('returned', writer)).toEqual(['edit', 'submit']);
    expect(shown('draft', reviewer)).toEqual([]);
    expect(shown('returned', reader)).toEqual([]);
  });

  it('submitted reports are approved or returned by reviewers; writers wait', () => {
    expect(shown('submitted', reviewer)).toEqual(['review']);
    expect(shown('submitted', both)).toEqual(['review']);
    expect(shown('submitted', writer)).toEqual([]);
    expect(shown('submitted', reader)).toEqual([]);
  });

  it('approved reports are locked: writers can only correct them', () => {
    expect(shown('approved', writer)).toEqual(['correct']);
    expect(shown('approved', both)).toEqual(['correct']);
    expect(shown('approved', reviewer)).toEqual([]);
    expect(shown('approved', reader)).toEqual([]);
  });
});

describe('a step’s list of reports', () => {
  const q1 = report({ id: 'q1', period: '2027-Q1', state: 'approved', locked: true, createdAt: '2027-04-01T00:00:00Z' });
  const q2 = report({ id: 'q2', period: '2027-Q2', createdAt: '2027-07-01T00:00:00Z' });
  const fix = report({ id: 'fix', period: '2027-Q1', correctsId: 'q1', createdAt: '2027-05-01T00:00:00Z' });

  it('sorts by period, latest first, each original before its corrections', () => {
    expect(sortReports([fix, q1, q2]).map((item) => item.id)).toEqual(['q2', 'q1', 'fix']);
    expect(originalReport([fix, q1, q2], '2027-Q1')?.id).toBe('q1');
    expect(originalReport([fix, q1, q2], '2027-Q3')).toBeUndefined();
  });

  it('offers one correction at a time, from the latest approved report of the period', () => {
    expect(isCorrectable([q1, q2], q1)).toBe(true);
    expect(isCorrectable([q1, fix], q1)).toBe(false);
    const approvedFix = { ...fix, state: 'approved' as const, locked: true };
    expect(isCorrectable([q1, approvedFix], q1)).toBe(false);
    expect(isCorrectable([q1, approvedFix], approvedFix)).toBe(true);
    expect(isCorrectable([q2], q2)).toBe(false);
  });
});

describe('refusals of a report change', () => {
  const stale = (current: unknown, field = 'version') => ({
    status: 409, code: 'Conflict', message: 'Someone else saved this report', fieldErrors: [{ field, message: '' }], current,
  });

  it('tells a stale version (re-apply) from a report no longer open (show it)', () => {
    expect(reportConflictKind(stale(report({ version: 3 })))).toBe('version');
    expect(reportConflictKind(stale(report({ state: 'submitted' }), 'state'))).toBe('state');
    // Stale and meanwhile submitted: nothing to re-apply to.
    expect(reportConflictKind(stale(report({ state: 'approved' })))).toBe('state');
    expect(reportConflictKind(stale(undefined))).toBeNull();
    expect(currentReport({ ...stale(report()), status: 400 })).toBeNull();
    expect(currentReport(stale({ id: 'x' }))).toBeNull();
  });
});
