import { AreaKey, Principle, StepStatus } from '../../api/models';

/** Filters of the plan's step list; the same names in the URL and the API query. */
export interface StepQuery {
  area?: AreaKey;
  status?: StepStatus;
  assignee?: string;
  overdue?: boolean;
  /** Due from today to 30 days ahead and not done or cancelled (the dashboard's "due soon"). */
  dueSoon?: boolean;
  /** Serving this CRPD principle. */
  principle?: Principle;
  q?: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 50;

/** URL query parameters for a query: defaults and empty values left out. */
export function toQueryParams(query: StepQuery): Record<string, string | null> {
  return {
    area: query.area ?? null,
    status: query.status ?? null,
    assignee: query.assignee ?? null,
    overdue: query.overdue ? 'true' : null,
    dueSoon: query.dueSoon ? 'true' : null,
    principle: query.principle ?? null,
    q: query.q?.trim() ? query.q.trim() : null,
    page: query.page > 1 ? String(query.page) : null,
    pageSize: query.pageSize !== DEFAULT_PAGE_SIZE ? String(query.pageSize) : null,
  };
}

/** Whether any filter narrows the list (paging aside). */
export function isFilteredStepQuery(query: StepQuery): boolean {
  return !!(query.area || query.status || query.assignee || query.overdue || query.dueSoon || query.principle || query.q);
}
