import type { EntityManager } from 'typeorm';
import { periodOf, shiftPeriod } from '../reports/periods.js';
import type { StepStatus } from '../steps/step.constants.js';
import type { DemoEmail } from './demo-plan.js';

interface DemoReport {
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

/** The last quarter reported and approved on three steps, and one report of this quarter waiting for review. */
const DEMO_REPORTS: DemoReport[] = [
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

interface DemoIndicator {
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

const DEMO_INDICATORS: DemoIndicator[] = [
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

/** Seeds the demo plan's reports and indicators, so the reporting and indicator pages have a story to tell. */
export async function seedDemoProgress(
  manager: EntityManager,
  planId: string,
  stepIds: Map<string, string>,
  userIds: Map<string, string>,
  startDate: string,
): Promise<void> {
  const current = periodOf(new Date(), 'quarterly');
  const owner = userIds.get('owner@demo.org');
  for (const report of DEMO_REPORTS) {
    const approved = report.state === 'approved';
    await manager.query(
      `INSERT INTO step_reports (plan_id, step_id, period, state, status, progress, narrative, blockers, next_steps, links, author_id,
                                 submitted_by, submitted_at, reviewed_by, reviewed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $11, now() - interval '20 days', $12, $13)`,
      [
        planId, stepIds.get(report.key), shiftPeriod(current, 'quarterly', report.periodsAgo), report.state, report.status, report.progress,
        report.narrative, report.blockers ?? '', report.nextSteps ?? '', JSON.stringify(report.links ?? []), userIds.get(report.author),
        approved ? owner : null, approved ? new Date(Date.now() - 10 * 86400_000) : null,
      ],
    );
  }
  for (const indicator of DEMO_INDICATORS) {
    const [{ id }] = await manager.query(
      `INSERT INTO indicators (plan_id, step_id, name, unit, direction, baseline, baseline_date, target, target_date, disaggregation, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::date - 365, $8::numeric, $7::date + 5 * 365, $9::text[], $10) RETURNING id`,
      [planId, indicator.stepKey ? stepIds.get(indicator.stepKey) : null, indicator.name, indicator.unit, indicator.direction, indicator.baseline,
        startDate, indicator.target, indicator.disaggregation ?? [], owner],
    );
    for (const [index, value] of indicator.measured.entries()) {
      await manager.query(
        `INSERT INTO indicator_measurements (indicator_id, period, value, source, note, recorded_by) VALUES ($1, $2, $3::numeric, $4, '', $5)`,
        [id, shiftPeriod(current, 'quarterly', index - indicator.measured.length), value, indicator.source, userIds.get('editor@demo.org')],
      );
    }
  }
}
