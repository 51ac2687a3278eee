import { FormControl } from '@angular/forms';
import { ReportResponse } from '../../api/models';
import {
  compareReports, createReportForm, httpUrlValidator, rebaseReport, reportChanges, reportToFormValue, resetReportForm,
} from './report-form';
import { acceptedEvidenceName, formatFileSize } from './file-size';

function report(partial: Partial<ReportResponse> = {}): ReportResponse {
  const person = { id: 'u-leila', name: 'Leila', email: 'leila@example.org' };
  return {
    id: 'r-1', step: { id: 's-1', catalogueKey: 'WFD-03', title: 'Train peer workers' }, period: '2027-Q1', state: 'draft',
    status: 'in_progress', progress: 50, narrative: 'Trained 12 peer workers.', blockers: '', nextSteps: '',
    links: [{ url: 'https://example.org/a.pdf', label: 'Attendance' }], files: [], correctsId: null, author: person,
    submittedBy: null, submittedAt: null, reviewedBy: null, reviewedAt: null, reviewComment: null, locked: false,
    createdAt: '2027-02-01T00:00:00Z', updatedAt: '2027-02-01T00:00:00Z', version: 1, ...partial,
  };
}

describe('the report form', () => {
  it('accepts only full http(s) addresses as links', () => {
    const check = (value: string) => httpUrlValidator(new FormControl(value, { nonNullable: true }));
    expect(check('https://health.example.gov/decree.pdf')).toBeNull();
    expect(check('http://example.org')).toBeNull();
    expect(check('')).toBeNull();
    expect(check('example.org/page')).toEqual({ httpUrl: true });
    expect(check('ftp://example.org/file')).toEqual({ httpUrl: true });
    expect(check('https://intranet')).toEqual({ httpUrl: true });
    expect(check('javascript:alert(1)')).toEqual({ httpUrl: true });
  });

  it('validates progress and link rows, and rebuilds the links on reset', () => {
    const form = createReportForm(reportToFormValue(report()));
    expect(form.valid).toBe(true);
    form.controls.progress.setValue(120);
    expect(form.controls.progress.hasError('max')).toBe(true);
    form.controls.progress.setValue(12.5);
    expect(form.controls.progress.hasError('integer')).toBe(true);
    resetReportForm(form, { ...reportToFormValue(report()), links: [{ url: 'not a url', label: '' }, { url: '', label: '' }] });
    expect(form.controls.links.length).toBe(2);
    expect(form.controls.links.at(0).controls.url.hasError('httpUrl')).toBe(true);
    expect(form.controls.links.at(1).controls.url.hasError('required')).toBe(true);
  });

  it('sends only what changed, trimmed, links without empty labels', () => {
    const base = report();
    const value = { ...reportToFormValue(base), narrative: '  Trained 14 peer workers. ', progress: 60 };
    expect(reportChanges(base, value)).toEqual({ progress: 60, narrative: 'Trained 14 peer workers.' });
    expect(reportChanges(base, reportToFormValue(base))).toEqual({});
    const withLink = { ...reportToFormValue(base), links: [...reportToFormValue(base).links, { url: ' https://example.org/b ', label: ' ' }] };
    expect(reportChanges(base, withLink)).toEqual({
      links: [{ url: 'https://example.org/a.pdf', label: 'Attendance' }, { url: 'https://example.org/b' }],
    });
  });

  it('after a stale save, compares theirs with mine and re-applies mine on top of theirs', () => {
    const base = report();
    const mine = { narrative: 'Trained 14 peer workers.', progress: 60 };
    const current = report({ version: 2, progress: 55, blockers: 'Venue closed in March.' });
    expect(compareReports(base, mine, current)).toEqual([
      { field: 'progress', theirs: 55, mine: 60, bothChanged: true },
      { field: 'narrative', theirs: 'Trained 12 peer workers.', mine: 'Trained 14 peer workers.', bothChanged: false },
    ]);
    const { formValue, changes } = rebaseReport(mine, current);
    // Their blockers stay; my progress and narrative go on top.
    expect(formValue.blockers).toBe('Venue closed in March.');
    expect(changes).toEqual(mine);
    // What they already have is not sent again.
    expect(rebaseReport({ progress: 55 }, current).changes).toEqual({});
  });
});

describe('evidence files', () => {
  it('knows the accepted file names and shows sizes readably', () => {
    expect(acceptedEvidenceName('Attendance list.PDF')).toBe(true);
    expect(acceptedEvidenceName('minutes.docx')).toBe(true);
    expect(acceptedEvidenceName('setup.exe')).toBe(false);
    expect(acceptedEvidenceName('README')).toBe(false);
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(3_400_000, 'en')).toBe('3.4 MB');
  });
});
