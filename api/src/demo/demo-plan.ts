import type { StepStatus } from '../steps/step.constants.js';

export const DEMO_PERSONAS = [
  {
    email: 'owner@demo.org',
    name: 'Amina Diallo',
    role: 'owner',
    persona: 'Ministry of Health reform team (plan owner)',
    organisation: { name: 'Ministry of Health of Veloria', kind: 'ministry' },
  },
  {
    email: 'editor@demo.org',
    name: 'Jonas Weber',
    role: 'editor',
    persona: 'Mental health NGO (co-editor)',
    organisation: { name: 'Veloria Mental Health Alliance', kind: 'ngo' },
  },
  {
    email: 'contributor@demo.org',
    name: 'Priya Raman',
    role: 'contributor',
    persona: 'Organisation of persons with lived experience (contributor)',
    organisation: { name: 'Peer Voices Network', kind: 'opd' },
  },
  {
    email: 'viewer@demo.org',
    name: 'Carlos Mendes',
    role: 'viewer',
    persona: 'Donor (viewer, read-only)',
    organisation: { name: 'Northern Lights Foundation', kind: 'donor' },
  },
] as const;

/** Organisations that lead demo steps besides the personas' own. */
export const DEMO_OTHER_ORGANISATIONS = [
  { name: 'Ministry of Justice of Veloria', kind: 'ministry' },
  { name: 'Ministry of Finance of Veloria', kind: 'ministry' },
  { name: 'Veloria Mental Health Directorate', kind: 'ministry' },
  { name: 'Veloria National Statistics Office', kind: 'other' },
] as const;

export type DemoEmail = (typeof DEMO_PERSONAS)[number]['email'];

/** A user-assigned ISO 3166-1 alpha-3 code: the demo plan is for a fictional country. */
export const DEMO_COUNTRY = 'XDM';

export interface DemoStepState {
  key: string;
  status: StepStatus;
  progress: number;
  /** Days from today; negative is in the past. */
  startInDays: number;
  dueInDays: number;
  /** Name of the lead organisation: a persona's or one of DEMO_OTHER_ORGANISATIONS. */
  lead: string;
  assignees: DemoEmail[];
  priority: 'low' | 'medium' | 'high';
  dependsOn?: string[];
}

/** A few steps under way, one done, one blocked, one overdue: a first visit shows a living plan. */
export const DEMO_STEP_STATES: DemoStepState[] = [
  { key: 'POL-01', status: 'in_progress', progress: 60, startInDays: -120, dueInDays: 60, lead: 'Ministry of Health of Veloria', assignees: ['owner@demo.org'], priority: 'high' },
  { key: 'POL-02', status: 'in_progress', progress: 25, startInDays: -60, dueInDays: 240, lead: 'Ministry of Health of Veloria', assignees: ['owner@demo.org', 'editor@demo.org'], priority: 'high', dependsOn: ['POL-01'] },
  { key: 'LAW-02', status: 'in_progress', progress: 30, startInDays: -90, dueInDays: 300, lead: 'Ministry of Justice of Veloria', assignees: ['editor@demo.org', 'contributor@demo.org'], priority: 'high' },
  { key: 'LAW-04', status: 'not_started', progress: 0, startInDays: 30, dueInDays: 540, lead: 'Ministry of Justice of Veloria', assignees: ['editor@demo.org'], priority: 'high', dependsOn: ['LAW-02'] },
  { key: 'SVC-04', status: 'in_progress', progress: 40, startInDays: -200, dueInDays: -14, lead: 'Veloria Mental Health Directorate', assignees: ['owner@demo.org'], priority: 'medium' },
  { key: 'FIN-02', status: 'blocked', progress: 10, startInDays: -45, dueInDays: 180, lead: 'Ministry of Finance of Veloria', assignees: ['owner@demo.org'], priority: 'high' },
  { key: 'WFD-03', status: 'in_progress', progress: 50, startInDays: -30, dueInDays: 150, lead: 'Peer Voices Network', assignees: ['contributor@demo.org'], priority: 'medium' },
  { key: 'CIV-02', status: 'done', progress: 100, startInDays: -240, dueInDays: -20, lead: 'Peer Voices Network', assignees: ['contributor@demo.org'], priority: 'medium' },
  { key: 'INF-01', status: 'not_started', progress: 0, startInDays: 14, dueInDays: 365, lead: 'Veloria National Statistics Office', assignees: ['editor@demo.org'], priority: 'low' },
];

export interface DemoBudgetLine {
  key: string;
  /** Name of one of the demo organisations. */
  funder: string;
  currency: string;
  /** Years from this year. */
  inYears: number;
  planned: string;
  committed: string;
  disbursed: string;
  note?: string;
}

/** Two funders in two currencies (never added together), one line flagged for committing more than planned. */
export const DEMO_BUDGET_LINES: DemoBudgetLine[] = [
  { key: 'FIN-02', funder: 'Ministry of Finance of Veloria', currency: 'USD', inYears: 0, planned: '2400000.00', committed: '1800000.00', disbursed: '600000.00' },
  { key: 'POL-01', funder: 'Ministry of Finance of Veloria', currency: 'USD', inYears: 0, planned: '50000.00', committed: '50000.00', disbursed: '45000.00' },
  { key: 'SVC-04', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 0, planned: '750000.00', committed: '750000.00', disbursed: '300000.00' },
  { key: 'SVC-04', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 1, planned: '900000.00', committed: '400000.00', disbursed: '0.00', note: 'Second year subject to the mid-term review.' },
  { key: 'WFD-03', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 0, planned: '120000.00', committed: '135000.00', disbursed: '90000.00', note: 'Peer trainers’ travel costs came in above plan.' },
];
