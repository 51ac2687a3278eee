import { MemberResponse, PlanResponse, ReportingState, ReportResponse, ReportState } from '../../api/models';

/** Report states in the order a report goes through them; labels are `reports.state.<state>`. */
export const REPORT_STATES: readonly ReportState[] = ['draft', 'submitted', 'returned', 'approved'];
/** The reporting page's summary, from "nothing yet" to "done"; labels are `reports.state.<state>`. */
export const REPORTING_STATES: readonly ReportingState[] = ['missing', 'draft', 'submitted', 'returned', 'approved'];

/**
 * Owners and editors write any step's reports; contributors only those of steps assigned to them; viewers none.
 * Nothing changes in an archived plan.
 */
export function canWriteReports(
  plan: PlanResponse | null | undefined,
  assigneeIds: readonly string[] | null | undefined,
  userId: string | null | undefined,
): boolean {
  if (!plan || plan.status !== 'active') return false;
  if (plan.myRole === 'owner' || plan.myRole === 'editor') return true;
  return plan.myRole === 'contributor' && !!userId && !!assigneeIds?.includes(userId);
}

/** Owners, and members an owner named reviewer (whatever their role), approve or return submitted reports. */
export function canReviewReports(
  plan: PlanResponse | null | undefined,
  members: readonly MemberResponse[],
  userId: string | null | undefined,
): boolean {
  if (!plan || plan.status !== 'active') return false;
  if (plan.myRole === 'owner') return true;
  return !!userId && members.some((member) => member.userId === userId && member.reviewer);
}

/** What a person may do with one report. */
export interface ReportActions {
  /** Change its fields, links and files. */
  edit: boolean;
  /** Send it for review. */
  submit: boolean;
  /** Approve or return it. */
  review: boolean;
  /** Write a new report correcting it (it is approved and locked). */
  correct: boolean;
}

/**
 * The buttons a report shows, by its state and the reader's rights: drafts and returned reports are edited and
 * submitted by writers; submitted ones are reviewed; approved ones are locked and can only be corrected.
 */
export function reportActions(
  report: Pick<ReportResponse, 'state'>,
  rights: { canWrite: boolean; canReview: boolean },
): ReportActions {
  const open = report.state === 'draft' || report.state === 'returned';
  return {
    edit: open && rights.canWrite,
    submit: open && rights.canWrite,
    review: report.state === 'submitted' && rights.canReview,
    correct: report.state === 'approved' && rights.canWrite,
  };
}

/** A step's reports, latest period first; within a period the original before its corrections, oldest first. */
export function sortReports(reports: readonly ReportResponse[]): ReportResponse[] {
  return [...reports].sort((a, b) => {
    if (a.period !== b.period) return a.period < b.period ? 1 : -1;
    if ((a.correctsId === null) !== (b.correctsId === null)) return a.correctsId === null ? -1 : 1;
    return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
  });
}

/** The period's original report (not a correction), if the step has one. */
export function originalReport(reports: readonly ReportResponse[], period: string): ReportResponse | undefined {
  return reports.find((report) => report.period === period && report.correctsId === null);
}

/**
 * Whether a correction may start from this report: it is the period's latest approved report, and no correction of
 * that period is under way (one at a time, each building on the last approved text).
 */
export function isCorrectable(reports: readonly ReportResponse[], report: ReportResponse): boolean {
  if (report.state !== 'approved') return false;
  const samePeriod = reports.filter((other) => other.period === report.period);
  if (samePeriod.some((other) => other.correctsId !== null && other.state !== 'approved')) return false;
  const approved = samePeriod.filter((other) => other.state === 'approved');
  return approved.every((other) => other.createdAt <= report.createdAt);
}
