import { isFilteredPortfolio, parsePortfolioQuery, toPortfolioQueryParams } from './portfolio-query';

describe('parsePortfolioQuery', () => {
  it('reads every parameter the API knows', () => {
    expect(parsePortfolioQuery({ country: 'KEN', status: 'all', role: 'viewer', sort: 'overdue', order: 'desc' })).toEqual({
      country: 'KEN', status: 'all', role: 'viewer', sort: 'overdue', order: 'desc',
    });
  });

  it('falls back to the defaults for what is missing or unknown, so an old link still opens', () => {
    expect(parsePortfolioQuery({ country: 'ken', status: 'deleted', role: 'king', sort: 'budget', order: 'up' })).toEqual({
      country: undefined, status: 'active', role: undefined, sort: 'title', order: 'asc',
    });
  });
});

describe('toPortfolioQueryParams', () => {
  it('leaves the defaults out of the URL', () => {
    expect(toPortfolioQueryParams({ status: 'active', sort: 'title', order: 'asc' })).toEqual({
      country: null, status: null, role: null, sort: null, order: null,
    });
  });

  it('writes the rest under the API’s names', () => {
    expect(toPortfolioQueryParams({ country: 'XDM', status: 'archived', role: 'owner', sort: 'progress', order: 'desc' })).toEqual({
      country: 'XDM', status: 'archived', role: 'owner', sort: 'progress', order: 'desc',
    });
  });
});

describe('isFilteredPortfolio', () => {
  it('counts country, role and a status other than active as filters, the order not', () => {
    expect(isFilteredPortfolio({ status: 'active', sort: 'progress', order: 'desc' })).toBe(false);
    expect(isFilteredPortfolio({ status: 'all', sort: 'title', order: 'asc' })).toBe(true);
    expect(isFilteredPortfolio({ country: 'KEN', status: 'active', sort: 'title', order: 'asc' })).toBe(true);
    expect(isFilteredPortfolio({ role: 'viewer', status: 'active', sort: 'title', order: 'asc' })).toBe(true);
  });
});
