import { DEFAULT_PAGE_SIZE, toQueryParams } from './step-query';

describe('toQueryParams', () => {
  it('writes every filter under the API’s own names', () => {
    expect(
      toQueryParams({ area: 'LAW', status: 'blocked', assignee: 'u1', overdue: true, q: ' crisis ', page: 3, pageSize: 100 }),
    ).toEqual({ area: 'LAW', status: 'blocked', assignee: 'u1', overdue: 'true', q: 'crisis', page: '3', pageSize: '100' });
  });

  it('leaves defaults and empty values out of the URL', () => {
    expect(toQueryParams({ q: '  ', overdue: false, page: 1, pageSize: DEFAULT_PAGE_SIZE })).toEqual({
      area: null, status: null, assignee: null, overdue: null, q: null, page: null, pageSize: null,
    });
  });
});
