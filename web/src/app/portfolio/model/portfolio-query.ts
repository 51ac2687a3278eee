import { PortfolioSort, PortfolioStatus, Role } from '../../api/models';
import { ROLES } from '../../members/model/roles';

/** The portfolio's filters and order; the same names in the URL and the API query. */
export interface PortfolioQuery {
  country?: string;
  status: PortfolioStatus;
  role?: Role;
  sort: PortfolioSort;
  order: SortOrder;
}

export type SortOrder = 'asc' | 'desc';

export const PORTFOLIO_SORTS: readonly PortfolioSort[] = ['title', 'country', 'progress', 'overdue', 'startDate', 'endDate'];
export const PORTFOLIO_STATUSES: readonly PortfolioStatus[] = ['active', 'archived', 'all'];
export const SORT_ORDERS: readonly SortOrder[] = ['asc', 'desc'];
export const PORTFOLIO_ROLES: readonly Role[] = ROLES;

/** What the API does when a parameter is left out. */
export const DEFAULT_PORTFOLIO_QUERY: PortfolioQuery = { status: 'active', sort: 'title', order: 'asc' };

/** The URL's query parameters, as the router hands them over. */
export interface PortfolioQueryParams {
  country?: string;
  status?: string;
  role?: string;
  sort?: string;
  order?: string;
}

function oneOf<T extends string>(choices: readonly T[], value: string | undefined, fallback: T): T;
function oneOf<T extends string>(choices: readonly T[], value: string | undefined): T | undefined;
function oneOf<T extends string>(choices: readonly T[], value: string | undefined, fallback?: T): T | undefined {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/**
 * Reads the URL: an unknown value is ignored (a hand-edited or outdated link still shows the portfolio) rather than
 * sent on for the API to refuse. A country is sent if it looks like a code; the API says whether it is one.
 */
export function parsePortfolioQuery(params: PortfolioQueryParams): PortfolioQuery {
  return {
    country: /^[A-Z]{3}$/.test(params.country ?? '') ? params.country : undefined,
    status: oneOf(PORTFOLIO_STATUSES, params.status, DEFAULT_PORTFOLIO_QUERY.status),
    role: oneOf(PORTFOLIO_ROLES, params.role),
    sort: oneOf(PORTFOLIO_SORTS, params.sort, DEFAULT_PORTFOLIO_QUERY.sort),
    order: oneOf(SORT_ORDERS, params.order, DEFAULT_PORTFOLIO_QUERY.order),
  };
}

/** URL (and API) query parameters for a query: defaults left out, so a plain /portfolio is the default view. */
export function toPortfolioQueryParams(query: PortfolioQuery): Record<string, string | null> {
  return {
    country: query.country ?? null,
    status: query.status !== DEFAULT_PORTFOLIO_QUERY.status ? query.status : null,
    role: query.role ?? null,
    sort: query.sort !== DEFAULT_PORTFOLIO_QUERY.sort ? query.sort : null,
    order: query.order !== DEFAULT_PORTFOLIO_QUERY.order ? query.order : null,
  };
}

/** Whether a filter (not the order) narrows the plans shown. */
export function isFilteredPortfolio(query: PortfolioQuery): boolean {
  return !!(query.country || query.role || query.status !== DEFAULT_PORTFOLIO_QUERY.status);
}
