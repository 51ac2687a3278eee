import { SECOND_DEMO_COUNTRY, type DemoPlanSpec } from './demo-plan.js';

/**
 * The second demo plan, for the fictional Republic of Calnora: a smaller plan (16 of the catalogue's
 * steps) a year further on, owned by another ministry, co-edited by the same NGO and followed by the
 * same donor, so the donor's portfolio compares two plans with different figures: three steps
 * overdue, three due within 30 days, one blocked, one cancelled, one indicator on track and one off
 * track, and lines funded by the donor (EUR) and by a development bank (USD).
 */
export const CALNORA_PLAN: DemoPlanSpec = {
  country: SECOND_DEMO_COUNTRY,
  title: (year) => `Calnora: mental health care close to home ${year - 1}–${year + 3}`,
  startDate: (year) => `${year - 1}-04-01`,
  endDate: (year) => `${year + 3}-03-31`,
  description:
    'Demonstration plan for the fictional Republic of Calnora: community mental health teams in every district and crisis care outside hospital, led by the ministry of health with a community care NGO, funded in part by two donors.',
  owner: 'owner2@demo.org',
  members: [
    { email: 'editor@demo.org', role: 'editor' },
    { email: 'viewer@demo.org', role: 'viewer' },
  ],
  catalogueKeys: [
    'POL-01', 'POL-03', 'LAW-01', 'SVC-01', 'SVC-02', 'SVC-05', 'FIN-01', 'FIN-03',
    'WFD-01', 'WFD-02', 'PSY-01', 'DRG-01', 'INF-02', 'CIV-01', 'RES-01', 'SOC-01',
  ],
  steps: [
    { key: 'POL-01', status: 'done', progress: 100, startInDays: -260, dueInDays: -60, lead: 'Ministry of Health of Calnora', assignees: ['owner2@demo.org'], priority: 'high' },
    { key: 'POL-03', status: 'in_progress', progress: 45, startInDays: -150, dueInDays: 12, lead: 'Ministry of Health of Calnora', assignees: ['owner2@demo.org'], priority: 'high', dependsOn: ['POL-01'] },
    { key: 'LAW-01', status: 'in_progress', progress: 20, startInDays: -200, dueInDays: -35, lead: 'Ministry of Health of Calnora', assignees: ['editor@demo.org'], priority: 'high' },
    { key: 'SVC-01', status: 'in_progress', progress: 35, startInDays: -240, dueInDays: -10, lead: 'Calnora Community Care Trust', assignees: ['editor@demo.org', 'owner2@demo.org'], priority: 'high' },
    { key: 'SVC-02', status: 'in_progress', progress: 15, startInDays: -60, dueInDays: 25, lead: 'Calnora Community Care Trust', assignees: ['editor@demo.org'], priority: 'medium', dependsOn: ['SVC-01'] },
    { key: 'SVC-05', status: 'not_started', progress: 0, startInDays: 45, dueInDays: 400, lead: 'Calnora Community Care Trust', assignees: [], priority: 'medium' },
    { key: 'FIN-01', status: 'blocked', progress: 5, startInDays: -90, dueInDays: 200, lead: 'Ministry of Finance of Calnora', assignees: ['owner2@demo.org'], priority: 'high' },
    { key: 'FIN-03', status: 'cancelled', progress: 0, startInDays: -120, dueInDays: 100, lead: 'Ministry of Finance of Calnora', assignees: [], priority: 'low' },
    { key: 'WFD-01', status: 'in_progress', progress: 70, startInDays: -180, dueInDays: 20, lead: 'Calnora Community Care Trust', assignees: ['editor@demo.org'], priority: 'medium' },
    { key: 'WFD-02', status: 'not_started', progress: 0, startInDays: -40, dueInDays: -3, lead: 'Ministry of Health of Calnora', assignees: ['owner2@demo.org'], priority: 'medium' },
    { key: 'PSY-01', status: 'in_progress', progress: 55, startInDays: -230, dueInDays: 150, lead: 'Calnora Community Care Trust', assignees: ['editor@demo.org'], priority: 'medium' },
    { key: 'DRG-01', status: 'not_started', progress: 0, startInDays: 30, dueInDays: 500, lead: 'Ministry of Health of Calnora', assignees: [], priority: 'low' },
    { key: 'INF-02', status: 'in_progress', progress: 10, startInDays: -30, dueInDays: 300, lead: 'Ministry of Health of Calnora', assignees: ['owner2@demo.org'], priority: 'low' },
    { key: 'CIV-01', status: 'done', progress: 100, startInDays: -250, dueInDays: -90, lead: 'Calnora Community Care Trust', assignees: ['editor@demo.org'], priority: 'medium' },
    { key: 'RES-01', status: 'not_started', progress: 0, startInDays: 90, dueInDays: 700, lead: 'Ministry of Health of Calnora', assignees: [], priority: 'low' },
    { key: 'SOC-01', status: 'in_progress', progress: 30, startInDays: -100, dueInDays: 365, lead: 'Calnora Community Care Trust', assignees: ['editor@demo.org'], priority: 'medium' },
  ],
  budget: [
    { key: 'SVC-01', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 0, planned: '480000.00', committed: '480000.00', disbursed: '200000.00' },
    { key: 'WFD-01', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 0, planned: '150000.00', committed: '90000.00', disbursed: '60000.00' },
    { key: 'SVC-02', funder: 'Meridian Development Bank', currency: 'USD', inYears: 0, planned: '1200000.00', committed: '600000.00', disbursed: '250000.00' },
    { key: 'SVC-02', funder: 'Meridian Development Bank', currency: 'USD', inYears: 1, planned: '1500000.00', committed: '0.00', disbursed: '0.00', note: 'Second tranche, on the loan’s disbursement conditions.' },
    { key: 'POL-03', funder: 'Ministry of Finance of Calnora', currency: 'USD', inYears: 0, planned: '40000.00', committed: '40000.00', disbursed: '38000.00' },
  ],
  reports: [
    {
      key: 'CIV-01', author: 'editor@demo.org', periodsAgo: -1, state: 'approved', status: 'done', progress: 100,
      narrative: 'Service users and families now sit on the district health boards of all six districts.',
    },
    {
      key: 'SVC-01', author: 'editor@demo.org', periodsAgo: -1, state: 'approved', status: 'in_progress', progress: 35,
      narrative: 'Community mental health teams opened in four of the twelve districts.',
      blockers: 'Two districts have no premises yet.',
      nextSteps: 'Lease premises in the eastern districts.',
    },
    {
      key: 'WFD-01', author: 'editor@demo.org', periodsAgo: 0, state: 'submitted', status: 'in_progress', progress: 70,
      narrative: 'The workforce plan was costed and discussed with the nursing council.',
    },
  ],
  indicators: [
    {
      // Well ahead of the straight line from baseline to target: on track.
      name: 'Districts with a community mental health team', unit: 'districts', direction: 'increase',
      baseline: '2', target: '12', stepKey: 'SVC-01', source: 'Ministry of Health district returns', measured: ['3', '5', '7'],
    },
    {
      // Barely moved from its baseline: off track.
      name: 'People waiting more than 30 days for a first community appointment', unit: 'people', direction: 'decrease',
      baseline: '1200', target: '300', source: 'Calnora Community Care Trust waiting lists', measured: ['1195', '1180', '1170'],
    },
  ],
  indicatorDates: { baselineDays: 0, targetDays: 4 * 365 },
  reviewer: 'owner2@demo.org',
  recorder: 'editor@demo.org',
};
