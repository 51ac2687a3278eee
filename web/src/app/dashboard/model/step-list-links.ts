import { AreaKey, Principle, StepStatus } from '../../api/models';

/**
 * The filters of the plan's step list a dashboard figure stands for, as the list reads them from its URL
 * (`/plans/:planId?area=POL`, `?status=blocked`, `?overdue=true`, `?dueSoon=true`, `?principle=participation`).
 */
export type StepListFilter =
  | { area: AreaKey }
  | { status: StepStatus }
  | { overdue: true }
  | { dueSoon: true }
  | { principle: Principle };

export interface FigureLink {
  commands: string[];
  queryParams: Record<string, string>;
}

export function stepListLink(planId: string, filter: StepListFilter): FigureLink {
  const queryParams = Object.fromEntries(Object.entries(filter).map(([name, value]) => [name, String(value)]));
  return { commands: ['/plans', planId], queryParams };
}

/** The reporting page for one period (it reads `?period=`). */
export function reportingLink(planId: string, period: string): FigureLink {
  return { commands: ['/plans', planId, 'reports'], queryParams: { period } };
}

/** Another section of the plan: indicators, budget, activity, or a step's page. */
export function planSectionLink(planId: string, ...path: string[]): FigureLink {
  return { commands: ['/plans', planId, ...path], queryParams: {} };
}
