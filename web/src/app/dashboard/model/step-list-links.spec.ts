import { planSectionLink, reportingLink, stepListLink } from './step-list-links';

describe('dashboard links', () => {
  it('lead to the step list with the figure’s filter in the URL', () => {
    expect(stepListLink('p1', { area: 'POL' })).toEqual({ commands: ['/plans', 'p1'], queryParams: { area: 'POL' } });
    expect(stepListLink('p1', { status: 'blocked' }).queryParams).toEqual({ status: 'blocked' });
    expect(stepListLink('p1', { overdue: true }).queryParams).toEqual({ overdue: 'true' });
    expect(stepListLink('p1', { dueSoon: true }).queryParams).toEqual({ dueSoon: 'true' });
    expect(stepListLink('p1', { principle: 'participation' }).queryParams).toEqual({ principle: 'participation' });
  });

  it('lead to the reporting page of the period, and to the plan’s other sections', () => {
    expect(reportingLink('p1', '2026-Q4')).toEqual({ commands: ['/plans', 'p1', 'reports'], queryParams: { period: '2026-Q4' } });
    expect(planSectionLink('p1', 'steps', 's1').commands).toEqual(['/plans', 'p1', 'steps', 's1']);
  });
});
