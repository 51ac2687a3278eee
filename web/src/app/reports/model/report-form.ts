import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { EvidenceLink, ReportResponse, StepStatus, UpdateReportRequest } from '../../api/models';

export const MAX_LINKS = 20;
export const TEXT_LIMITS = { narrative: 10000, blockers: 5000, nextSteps: 5000, label: 200, url: 2000 } as const;

/** The fields a report's author writes, as the API names them. */
export const REPORT_FIELDS = ['status', 'progress', 'narrative', 'blockers', 'nextSteps', 'links'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Translation keys of the fields' labels (the error summary and the conflict table use them). */
export const REPORT_FIELD_LABELS: Record<string, string> = {
  status: 'reports.fields.status',
  progress: 'reports.fields.progress',
  narrative: 'reports.fields.narrative',
  blockers: 'reports.fields.blockers',
  nextSteps: 'reports.fields.nextSteps',
  links: 'reports.fields.links',
  file: 'reports.files.field',
  comment: 'reports.review.comment',
  period: 'reports.fields.period',
};

export interface LinkValue {
  url: string;
  label: string;
}

export interface ReportFormValue {
  status: StepStatus;
  progress: number;
  narrative: string;
  blockers: string;
  nextSteps: string;
  links: LinkValue[];
}

export type LinkGroup = FormGroup<{ url: FormControl<string>; label: FormControl<string> }>;
export type ReportForm = FormGroup<{
  status: FormControl<StepStatus>;
  progress: FormControl<number>;
  narrative: FormControl<string>;
  blockers: FormControl<string>;
  nextSteps: FormControl<string>;
  links: FormArray<LinkGroup>;
}>;

/** An http(s) address with a host, as the API accepts; empty is left to `required`. */
export function httpUrlValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    const ok = (url.protocol === 'http:' || url.protocol === 'https:') && /\.[^.]+$/.test(url.hostname) && !/\s/.test(value);
    return ok ? null : { httpUrl: true };
  } catch {
    return { httpUrl: true };
  }
}

function wholeNumber(control: AbstractControl<number>): ValidationErrors | null {
  const value = control.value as unknown;
  if (value === null || value === '' || value === undefined) return null;
  return Number.isInteger(Number(value)) ? null : { integer: true };
}

export function createLinkGroup(link: LinkValue = { url: '', label: '' }): LinkGroup {
  return new FormGroup({
    url: new FormControl(link.url, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TEXT_LIMITS.url), httpUrlValidator],
    }),
    label: new FormControl(link.label, { nonNullable: true, validators: [Validators.maxLength(TEXT_LIMITS.label)] }),
  });
}

export function reportToFormValue(report: ReportResponse): ReportFormValue {
  return {
    status: report.status,
    progress: report.progress,
    narrative: report.narrative,
    blockers: report.blockers,
    nextSteps: report.nextSteps,
    links: report.links.map((link) => ({ url: link.url, label: link.label ?? '' })),
  };
}

export function createReportForm(value: ReportFormValue): ReportForm {
  return new FormGroup({
    status: new FormControl<StepStatus>(value.status, { nonNullable: true, validators: [Validators.required] }),
    progress: new FormControl<number>(value.progress, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(100), wholeNumber],
    }),
    narrative: new FormControl(value.narrative, { nonNullable: true, validators: [Validators.maxLength(TEXT_LIMITS.narrative)] }),
    blockers: new FormControl(value.blockers, { nonNullable: true, validators: [Validators.maxLength(TEXT_LIMITS.blockers)] }),
    nextSteps: new FormControl(value.nextSteps, { nonNullable: true, validators: [Validators.maxLength(TEXT_LIMITS.nextSteps)] }),
    links: new FormArray(value.links.map((link) => createLinkGroup(link))),
  });
}

/** Puts a value into the form, rebuilding the list of links to match. */
export function resetReportForm(form: ReportForm, value: ReportFormValue): void {
  form.controls.links.clear({ emitEvent: false });
  for (const link of value.links) form.controls.links.push(createLinkGroup(link), { emitEvent: false });
  form.reset(value);
}

function apiLinks(links: readonly LinkValue[]): EvidenceLink[] {
  return links.map((link) => {
    const label = link.label.trim();
    return label ? { url: link.url.trim(), label } : { url: link.url.trim() };
  });
}

/** The report's changes in the API's shape, without the version. */
export type ReportChanges = Omit<UpdateReportRequest, 'version'>;

function apiValue(field: ReportField, value: ReportFormValue): unknown {
  switch (field) {
    case 'progress': return Number(value.progress);
    case 'links': return apiLinks(value.links);
    case 'status': return value.status;
    default: return value[field].trim();
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of the form that differ from the report as saved, ready to PATCH. */
export function reportChanges(base: ReportResponse, value: ReportFormValue): ReportChanges {
  const original = reportToFormValue(base);
  const changes: Record<string, unknown> = {};
  for (const field of REPORT_FIELDS) {
    const mine = apiValue(field, value);
    if (!same(apiValue(field, original), mine)) changes[field] = mine;
  }
  return changes as ReportChanges;
}

export interface ReportFieldComparison {
  field: ReportField;
  theirs: unknown;
  mine: unknown;
  /** They changed it too since my copy was loaded. */
  bothChanged: boolean;
}

/** After a stale save (409): each field I changed, their current value next to mine. */
export function compareReports(base: ReportResponse, mine: ReportChanges, current: ReportResponse): ReportFieldComparison[] {
  const original = reportToFormValue(base);
  const theirs = reportToFormValue(current);
  return REPORT_FIELDS.filter((field) => field in mine).map((field) => ({
    field,
    theirs: apiValue(field, theirs),
    mine: mine[field as keyof ReportChanges],
    bothChanged: !same(apiValue(field, original), apiValue(field, theirs)),
  }));
}

/** My changes on top of the report as it is now: the form's value, and what is still different to send. */
export function rebaseReport(mine: ReportChanges, current: ReportResponse): { formValue: ReportFormValue; changes: ReportChanges } {
  const formValue = reportToFormValue(current);
  const merged: ReportFormValue = { ...formValue };
  for (const field of REPORT_FIELDS) {
    if (!(field in mine)) continue;
    const value = mine[field as keyof ReportChanges];
    if (field === 'links') {
      merged.links = (value as EvidenceLink[]).map((link) => ({ url: link.url, label: link.label ?? '' }));
    } else {
      (merged as unknown as Record<string, unknown>)[field] = value;
    }
  }
  return { formValue: merged, changes: reportChanges(current, merged) };
}
