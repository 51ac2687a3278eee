import { ApiProperty } from '@nestjs/swagger';
import { ActivityEvent } from '../../audit/dto/activity.dto.js';
import { CurrencyBudget } from '../../budget/dto/plan-budget.dto.js';
import { AREA_KEYS, type AreaKey } from '../../catalogue/area-keys.js';
import { PRINCIPLES, type Principle } from '../../catalogue/catalogue-v1.data.js';
import { DIRECTIONS, TrendPoint, type Direction } from '../../indicators/dto/indicator.dto.js';
import { PLAN_STATUSES, type PlanStatus } from '../../plans/plan.entity.js';
import { REPORTING_CADENCES, type ReportingCadence } from '../../reports/periods.js';
import { STEP_STATUSES, type StepStatus } from '../../steps/step.constants.js';

/** How many days ahead a step counts as "due soon". */
export const DUE_SOON_DAYS = 30;

export const INDICATOR_STANDINGS = ['no_data', 'off_track', 'on_track', 'achieved'] as const;
export type IndicatorStanding = (typeof INDICATOR_STANDINGS)[number];

export class DashboardPlan {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'KEN' }) country: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status: PlanStatus;
  @ApiProperty({ enum: REPORTING_CADENCES, enumName: 'ReportingCadence' }) reportingCadence: ReportingCadence;
}

export class AreaProgress {
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey' }) area: AreaKey;
  @ApiProperty({ type: 'integer', description: 'Steps of the area that are not cancelled.' }) steps: number;
  @ApiProperty({ type: 'integer' }) done: number;
  @ApiProperty({ type: 'integer' }) cancelled: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Average progress of the area’s steps that are not cancelled, 0–100; null without such steps.' })
  progress: number | null;
}

export class StatusCount {
  @ApiProperty({ enum: STEP_STATUSES, enumName: 'StepStatus' }) status: StepStatus;
  @ApiProperty({ type: 'integer' }) count: number;
}

export class DashboardProgress {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Overall progress, 0–100: the average of the areas’ progress, each area weighing the same whatever its number of steps; null while no area has a step that is not cancelled.',
  })
  overall: number | null;
  @ApiProperty({ type: 'integer', description: 'Steps that are not cancelled.' }) steps: number;
  @ApiProperty({ type: [AreaProgress], description: 'Areas with at least one step, in the guidance’s order.' }) areas: AreaProgress[];
  @ApiProperty({ type: [StatusCount], description: 'Every status, in workflow order, zero counts included.' }) byStatus: StatusCount[];
}

export class DueStep {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', nullable: true }) catalogueKey: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey' }) area: AreaKey;
  @ApiProperty({ enum: STEP_STATUSES, enumName: 'StepStatus' }) status: StepStatus;
  @ApiProperty({ type: 'integer' }) progress: number;
  @ApiProperty({ format: 'date' }) dueDate: string;
}

export class DashboardSchedule {
  @ApiProperty({ format: 'date', description: 'The day (UTC) the figures were counted on.' }) today: string;
  @ApiProperty({ type: 'integer', description: `How many days ahead "due soon" looks (${DUE_SOON_DAYS}).` }) dueSoonDays: number;
  @ApiProperty({ type: 'integer', description: 'Steps past their due date and neither done nor cancelled.' }) overdue: number;
  @ApiProperty({ type: 'integer', description: 'Steps due from today to dueSoonDays ahead, neither done nor cancelled.' }) dueSoon: number;
  @ApiProperty({ type: [DueStep], description: 'The five most overdue steps.' }) overdueSteps: DueStep[];
  @ApiProperty({ type: [DueStep], description: 'The five steps due soonest.' }) dueSoonSteps: DueStep[];
}

export class ReportingCounts {
  @ApiProperty({ type: 'integer' }) missing: number;
  @ApiProperty({ type: 'integer' }) draft: number;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer' }) returned: number;
  @ApiProperty({ type: 'integer' }) approved: number;
}

export class DashboardReporting {
  @ApiProperty({ example: '2027-Q1', description: 'The period today falls in, in the plan’s cadence.' }) period: string;
  @ApiProperty({ enum: REPORTING_CADENCES, enumName: 'ReportingCadence' }) cadence: ReportingCadence;
  @ApiProperty({ type: 'integer', description: 'Steps that owe a report for the period (all but cancelled ones).' }) due: number;
  @ApiProperty({ type: ReportingCounts, description: 'Where each step’s original report for the period stands.' }) counts: ReportingCounts;
}

export class DashboardIndicator {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: DIRECTIONS, enumName: 'IndicatorDirection' }) direction: Direction;
  @ApiProperty({ description: 'Decimal string.' }) baseline: string;
  @ApiProperty({ format: 'date' }) baselineDate: string;
  @ApiProperty({ description: 'Decimal string.' }) target: string;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty({ type: TrendPoint, nullable: true, description: 'The current value of the latest period measured.' }) latest: TrendPoint | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Percent of the way from baseline to target, one decimal, not clamped; null without a measurement.' })
  progressToTarget: number | null;
  @ApiProperty({
    type: 'number',
    description: 'Percent of the time from the baseline date to the target date that has passed today (0–100, one decimal): where the indicator would be on a straight line.',
  })
  expectedProgress: number;
  @ApiProperty({
    enum: INDICATOR_STANDINGS,
    enumName: 'IndicatorStanding',
    description: 'achieved: at or beyond the target; on_track: at least as far as the straight line from baseline to target says by now; off_track: behind it; no_data: not measured yet.',
  })
  standing: IndicatorStanding;
  @ApiProperty({ type: [TrendPoint], description: 'The current value of each period measured, oldest first (at most the last 12).' }) trend: TrendPoint[];
}

export class IndicatorStandingCounts {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) achieved: number;
  @ApiProperty({ type: 'integer' }) onTrack: number;
  @ApiProperty({ type: 'integer' }) offTrack: number;
  @ApiProperty({ type: 'integer' }) noData: number;
}

export class DashboardIndicators extends IndicatorStandingCounts {
  @ApiProperty({ type: [DashboardIndicator], description: 'In the order they were defined.' }) items: DashboardIndicator[];
}

export class PrincipleProgress {
  @ApiProperty({ enum: PRINCIPLES, enumName: 'Principle' }) principle: Principle;
  @ApiProperty({ type: 'integer', description: 'Steps serving the principle that are not cancelled.' }) steps: number;
  @ApiProperty({ type: 'integer' }) done: number;
  @ApiProperty({ type: 'integer', description: 'Cancelled steps that served it (the steps list filtered by the principle shows them too).' }) cancelled: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Their average progress, 0–100; null without such steps.' }) progress: number | null;
}

export class DashboardResponse {
  @ApiProperty({ type: DashboardPlan }) plan: DashboardPlan;
  @ApiProperty({ format: 'date-time', description: 'When the figures were read: all of them come from one snapshot of the database.' }) readAt: string;
  @ApiProperty({ type: DashboardProgress }) progress: DashboardProgress;
  @ApiProperty({ type: DashboardSchedule }) schedule: DashboardSchedule;
  @ApiProperty({ type: DashboardReporting }) reporting: DashboardReporting;
  @ApiProperty({ type: DashboardIndicators }) indicators: DashboardIndicators;
  @ApiProperty({ type: [CurrencyBudget], description: 'One entry per currency, never added across currencies.' }) budget: CurrencyBudget[];
  @ApiProperty({ type: [PrincipleProgress], description: 'Every CRPD principle of the catalogue, in its order.' }) principles: PrincipleProgress[];
  @ApiProperty({ type: [ActivityEvent], description: 'The ten latest changes to the plan, newest first.' }) activity: ActivityEvent[];
}
