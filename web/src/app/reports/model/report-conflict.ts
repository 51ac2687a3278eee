import { ApiError } from '../../api/api-error';
import { ReportResponse } from '../../api/models';
import { REPORT_STATES } from './report-rules';

/** How a review ended: done by me, or already done by someone else (`stale`), with the report as it is now. */
export interface ReviewOutcome {
  outcome: 'approved' | 'returned' | 'stale';
  report: ReportResponse;
}

function isReport(value: unknown): value is ReportResponse {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<ReportResponse>;
  return (
    typeof report.id === 'string' &&
    typeof report.period === 'string' &&
    typeof report.version === 'number' &&
    REPORT_STATES.includes(report.state as ReportResponse['state'])
  );
}

/** The report as it is now, from a 409 that carries it (`current`); null for any other error. */
export function currentReport(error: ApiError): ReportResponse | null {
  return error.status === 409 && isReport(error.current) ? error.current : null;
}

/**
 * Why a change to a report was refused with 409: someone saved a newer version (`version`: the change can be
 * re-applied to it), or the report is no longer open to changes (`state`: submitted or approved meanwhile).
 */
export function reportConflictKind(error: ApiError): 'version' | 'state' | null {
  const current = currentReport(error);
  if (!current) return null;
  if (current.state === 'submitted' || current.state === 'approved') return 'state';
  if (error.fieldErrors.some((fieldError) => fieldError.field === 'version')) return 'version';
  return 'state';
}
