/** The activity page's filters and page, as kept in the URL's query. */
export interface ActivityQuery {
  entityId?: string;
  actorId?: string;
  /** Calendar days, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const ACTIVITY_PAGE_SIZE = 25;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | undefined, fallback: number, max: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

/** Reads the query parameters, dropping what is malformed. */
export function parseActivityQuery(params: Record<string, string | undefined>): ActivityQuery {
  return {
    entityId: params['entityId'] || undefined,
    actorId: params['actorId'] || undefined,
    from: params['from'] && DAY.test(params['from']) ? params['from'] : undefined,
    to: params['to'] && DAY.test(params['to']) ? params['to'] : undefined,
    page: positiveInt(params['page'], 1, Number.MAX_SAFE_INTEGER),
    pageSize: positiveInt(params['pageSize'], ACTIVITY_PAGE_SIZE, 200),
  };
}

/** The query as URL parameters (defaults left out); also what the API takes. */
export function activityQueryParams(query: ActivityQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.entityId) params['entityId'] = query.entityId;
  if (query.actorId) params['actorId'] = query.actorId;
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.page !== 1) params['page'] = String(query.page);
  if (query.pageSize !== ACTIVITY_PAGE_SIZE) params['pageSize'] = String(query.pageSize);
  return params;
}

export function isFiltered(query: ActivityQuery): boolean {
  return !!(query.entityId || query.actorId || query.from || query.to);
}
