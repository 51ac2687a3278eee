import { DEFAULT_PAGE_SIZE, isFilteredStepQuery, toQueryParams } from './step-query';

describe('toQueryParams', () => {
  it('writes every filter under the API’s own names', () => {
    expect(
      toQueryParams({
        area: 'LAW', status: 'blocked', assignee: 'u1', overdue: true, dueSoon: true, principle: 'participation',
        q: ' crisis ', page: 3, pageSize: 100,
      }),
    ).toEqual({
      area: 'LAW', status: 'blocked', assignee: 'u1', overdue: 'true', dueSoon: 'true', principle: 'participation',
      q: 'crisis', page: '3', pageSize: '100',
    });
  });

  it('leaves defaults and empty values out of the URL', () => {
    expect(toQueryParams({ q: '  ', overdue: false, dueSoon: false, page: 1, pageSize: DEFAULT_PAGE_SIZE })).toEqual({
      area: null, status: null, assignee: null, overdue: null, dueSoon: null, principle: null, q: null, page: null, pageSize: null,
    });
  });
});

describe('isFilteredStepQuery', () => {
  it('counts the due-soon and principle filters as filters, paging not', () => {
    expect(isFilteredStepQuery({ page: 4, pageSize: 25 })).toBe(false);
    expect(isFilteredStepQuery({ dueSoon: true, page: 1, pageSize: 50 })).toBe(true);
    expect(isFilteredStepQuery({ principle: 'recovery', page: 1, pageSize: 50 })).toBe(true);
  });
});
