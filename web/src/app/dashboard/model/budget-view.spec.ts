import { SharedCurrencyBudget } from '../../api/models';
import { currencyBudgetView } from './budget-view';
import { createBusyDashboard } from './dashboard-factory';

describe(currencyBudgetView.name, () => {
  const areaLabel = (area: string) => `area ${area}`;

  it('keeps the server’s amounts as strings and adds the funded shares for the bars', () => {
    const view = currencyBudgetView(createBusyDashboard().budget[0], areaLabel, 'EUR');
    expect(view.total).toMatchObject({ planned: '1770000.00', gap: '485000.00', committedShare: 72.6, disbursedShare: 22 });
    expect(view.byArea).toEqual([expect.objectContaining({ key: 'WFD', label: 'area WFD', userContent: false, committedShare: 112.5 })]);
    expect(view.byFunder).toEqual([expect.objectContaining({ key: 'o-1', label: 'Northern Lights Foundation', userContent: true })]);
  });

  it('reads a share link’s funders, which come by name only', () => {
    const shared: SharedCurrencyBudget = {
      currency: 'USD', planned: '100.00', committed: '50.00', disbursed: '0.00', gap: '50.00', lines: 1, flaggedLines: 0,
      byArea: [], byFunder: [{ funder: 'Ministry of Finance', planned: '100.00', committed: '50.00', disbursed: '0.00', gap: '50.00', lines: 1 }],
    };
    const view = currencyBudgetView(shared, areaLabel, 'USD');
    expect(view.byFunder).toEqual([expect.objectContaining({ key: 'Ministry of Finance', label: 'Ministry of Finance', committedShare: 50, disbursedShare: 0 })]);
    expect(view.byArea).toEqual([]);
  });
});
