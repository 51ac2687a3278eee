import { homePath } from './home-page';

describe('homePath', () => {
  it('sends a donor’s people to the portfolio', () => {
    expect(homePath({ organisation: { id: 'o1', name: 'Northern Lights Foundation', kind: 'donor' } })).toBe('/portfolio');
  });

  it('sends everyone else, and people of no organisation, to the plan list', () => {
    expect(homePath({ organisation: { id: 'o2', name: 'Ministry of Health', kind: 'ministry' } })).toBe('/plans');
    expect(homePath({ organisation: null })).toBe('/plans');
    expect(homePath(null)).toBe('/plans');
    // Stored before the API named organisations.
    expect(homePath({} as never)).toBe('/plans');
  });
});
