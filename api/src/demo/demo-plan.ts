import type { Role } from '../plans/plan.entity.js';
import type { StepStatus } from '../steps/step.constants.js';

/** A user-assigned ISO 3166-1 alpha-3 code: the demo plan is for a fictional country. */
export const DEMO_COUNTRY = 'XDM';

/** The second demo plan's fictional country (user-assigned, like XDM). */
export const SECOND_DEMO_COUNTRY = 'XCL';

export const DEMO_PERSONAS = [
  {
    email: 'owner@demo.org',
    name: 'Amina Diallo',
    role: 'owner',
    persona: 'Ministry of Health reform team (plan owner)',
    organisation: { name: 'Ministry of Health of Veloria', kind: 'ministry', country: DEMO_COUNTRY },
  },
  {
    email: 'editor@demo.org',
    name: 'Jonas Weber',
    role: 'editor',
    persona: 'Mental health NGO (co-editor)',
    organisation: { name: 'Veloria Mental Health Alliance', kind: 'ngo', country: DEMO_COUNTRY },
  },
  {
    email: 'contributor@demo.org',
    name: 'Priya Raman',
    role: 'contributor',
    persona: 'Organisation of persons with lived experience (contributor)',
    organisation: { name: 'Peer Voices Network', kind: 'opd', country: DEMO_COUNTRY },
  },
  {
    email: 'viewer@demo.org',
    name: 'Carlos Mendes',
    role: 'viewer',
    persona: 'Donor (viewer, read-only)',
    organisation: { name: 'Northern Lights Foundation', kind: 'donor', country: DEMO_COUNTRY },
  },
  {
    email: 'owner2@demo.org',
    name: 'Tomás Okafor',
    role: 'owner',
    persona: 'Ministry of Health of Calnora (owner of the second plan)',
    organisation: { name: 'Ministry of Health of Calnora', kind: 'ministry', country: SECOND_DEMO_COUNTRY },
  },
] as const;

/** Organisations that lead or fund demo steps besides the personas' own. */
export const DEMO_OTHER_ORGANISATIONS = [
  { name: 'Ministry of Justice of Veloria', kind: 'ministry', country: DEMO_COUNTRY },
  { name: 'Ministry of Finance of Veloria', kind: 'ministry', country: DEMO_COUNTRY },
  { name: 'Veloria Mental Health Directorate', kind: 'ministry', country: DEMO_COUNTRY },
  { name: 'Veloria National Statistics Office', kind: 'other', country: DEMO_COUNTRY },
  { name: 'Ministry of Finance of Calnora', kind: 'ministry', country: SECOND_DEMO_COUNTRY },
  { name: 'Calnora Community Care Trust', kind: 'ngo', country: SECOND_DEMO_COUNTRY },
  { name: 'Meridian Development Bank', kind: 'donor', country: null },
] as const;

export type DemoEmail = (typeof DEMO_PERSONAS)[number]['email'];

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

export interface DemoReport {
  key: string;
  author: DemoEmail;
  /** 0 = the current quarter, -1 the one before. */
  periodsAgo: number;
  state: 'approved' | 'submitted';
  status: StepStatus;
  progress: number;
  narrative: string;
  blockers?: string;
  nextSteps?: string;
  links?: { url: string; label: string }[];
}

export interface DemoIndicator {
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline: string;
  target: string;
  stepKey?: string;
  disaggregation?: string[];
  source: string;
  /** Values for the quarters before this one, oldest first. */
  measured: string[];
}

/** Everything one demo plan holds. Dates are relative to today so the demo never goes stale. */
export interface DemoPlanSpec {
  country: string;
  title: (year: number) => string;
  /** The plan's first and last day, from this year. */
  startDate: (year: number) => string;
  endDate: (year: number) => string;
  description: string;
  /** The plan's owner creates it; the others join with their roles. */
  owner: DemoEmail;
  members: { email: DemoEmail; role: Exclude<Role, 'owner'> }[];
  /** The catalogue steps the plan keeps (all of them when absent). */
  catalogueKeys?: string[];
  steps: DemoStepState[];
  budget: DemoBudgetLine[];
  reports: DemoReport[];
  indicators: DemoIndicator[];
  /** Indicators' baseline and target dates, in days from the plan's start date. */
  indicatorDates: { baselineDays: number; targetDays: number };
  /** Who approves the plan's approved reports, defines its indicators and records their measurements. */
  reviewer: DemoEmail;
  recorder: DemoEmail;
}

/** A few steps under way, one done, one blocked, one overdue: a first visit shows a living plan. */
const VELORIA_STEPS: DemoStepState[] = [
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

/** Two funders in two currencies (never added together), one line flagged for committing more than planned. */
const VELORIA_BUDGET: DemoBudgetLine[] = [
  { key: 'FIN-02', funder: 'Ministry of Finance of Veloria', currency: 'USD', inYears: 0, planned: '2400000.00', committed: '1800000.00', disbursed: '600000.00' },
  { key: 'POL-01', funder: 'Ministry of Finance of Veloria', currency: 'USD', inYears: 0, planned: '50000.00', committed: '50000.00', disbursed: '45000.00' },
  { key: 'SVC-04', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 0, planned: '750000.00', committed: '750000.00', disbursed: '300000.00' },
  { key: 'SVC-04', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 1, planned: '900000.00', committed: '400000.00', disbursed: '0.00', note: 'Second year subject to the mid-term review.' },
  { key: 'WFD-03', funder: 'Northern Lights Foundation', currency: 'EUR', inYears: 0, planned: '120000.00', committed: '135000.00', disbursed: '90000.00', note: 'Peer trainers’ travel costs came in above plan.' },
];

/** The last quarter reported and approved on three steps, and one report of this quarter waiting for review. */
const VELORIA_REPORTS: DemoReport[] = [
  {
    key: 'CIV-02', author: 'contributor@demo.org', periodsAgo: -1, state: 'approved', status: 'done', progress: 100,
    narrative: 'The lived-experience advisory group met four times and its terms of reference were adopted by the ministry.',
    links: [{ url: 'https://example.org/veloria/advisory-group-terms.pdf', label: 'Terms of reference' }],
  },
  {
    key: 'WFD-03', author: 'contributor@demo.org', periodsAgo: -1, state: 'approved', status: 'in_progress', progress: 50,
    narrative: 'Eighteen peer support workers completed the first training cycle in two districts.',
    blockers: 'Stipends for trainees arrived six weeks late.',
    nextSteps: 'Second cycle in the northern districts.',
  },
  {
    key: 'POL-01', author: 'owner@demo.org', periodsAgo: -1, state: 'approved', status: 'in_progress', progress: 60,
    narrative: 'The draft policy went through public consultation; 140 written contributions were received.',
  },
  {
    key: 'POL-02', author: 'editor@demo.org', periodsAgo: 0, state: 'submitted', status: 'in_progress', progress: 25,
    narrative: 'Costing of the strategic plan started with the finance ministry.',
    nextSteps: 'Validation workshop with service users and families.',
  },
];

const VELORIA_INDICATORS: DemoIndicator[] = [
  {
    name: 'Share of the mental health budget spent on community-based services', unit: '%', direction: 'increase',
    baseline: '12', target: '35', stepKey: 'FIN-02', source: 'Ministry of Finance budget execution report', measured: ['13.5', '15'],
  },
  {
    name: 'Involuntary psychiatric admissions per 100,000 people', unit: 'per 100,000', direction: 'decrease',
    baseline: '48', target: '20', disaggregation: ['sex', 'age group', 'region'], source: 'Hospital discharge records', measured: ['46', '41'],
  },
  {
    name: 'Peer support workers in post', unit: 'people', direction: 'increase',
    baseline: '0', target: '120', stepKey: 'WFD-03', source: 'Peer Voices Network training register', measured: ['6', '18'],
  },
];

/** The first demo plan: the fictional Republic of Veloria, every catalogue step, owned by owner@demo.org. */
export const VELORIA_PLAN: DemoPlanSpec = {
  country: DEMO_COUNTRY,
  title: (year) => `Veloria: community mental health reform ${year}–${year + 4}`,
  startDate: (year) => `${year}-01-01`,
  endDate: (year) => `${year + 4}-12-31`,
  description:
    'Demonstration plan for the fictional Republic of Veloria: moving from two psychiatric hospitals to a network of community services, with the ministry, an NGO and an organisation of persons with lived experience working on it together.',
  owner: 'owner@demo.org',
  members: [
    { email: 'editor@demo.org', role: 'editor' },
    { email: 'contributor@demo.org', role: 'contributor' },
    { email: 'viewer@demo.org', role: 'viewer' },
  ],
  steps: VELORIA_STEPS,
  budget: VELORIA_BUDGET,
  reports: VELORIA_REPORTS,
  indicators: VELORIA_INDICATORS,
  indicatorDates: { baselineDays: -365, targetDays: 5 * 365 },
  reviewer: 'owner@demo.org',
  recorder: 'editor@demo.org',
};
