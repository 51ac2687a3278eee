import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { digitsToNumber } from '../../common/validation/paging-query.js';
import { CurrencyTotals } from '../../budget/dto/budget-line.dto.js';
import { AreaBudget } from '../../budget/dto/plan-budget.dto.js';
import { AREA_KEYS, type AreaKey } from '../../catalogue/area-keys.js';
import {
  DashboardIndicators,
  DashboardPlan,
  DashboardProgress,
  DashboardReporting,
  DashboardSchedule,
  PrincipleProgress,
} from '../../dashboard/dto/dashboard.dto.js';
import { ANY_PERIOD } from '../../reports/periods.js';
import { STEP_STATUSES, type StepStatus } from '../../steps/step.constants.js';
import { EvidenceLink } from '../../reports/dto/report-request.dto.js';
import { SHARE_TIERS, type ShareTier } from './share-link.dto.js';

/** Rows per page of a shared plan's steps and budget lines. */
export const SHARED_PAGE_SIZE = 100;

export class SharedPlanQuery {
  @ApiPropertyOptional({ example: '2027-Q1', description: 'Donor tier: whose approved reports to show (default: the latest period with one).' })
  @IsOptional()
  @Matches(ANY_PERIOD, { message: 'period must be written like 2027-Q1, 2027-H1 or 2027-03' })
  period?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000, default: 1, description: `Which page of the steps (${SHARED_PAGE_SIZE} a page).` })
  @IsOptional()
  @Transform(digitsToNumber)
  @IsInt({ message: 'stepPage must be a whole number from 1 to 100000' })
  @Min(1, { message: 'stepPage must be a whole number from 1 to 100000' })
  @Max(100_000, { message: 'stepPage must be a whole number from 1 to 100000' })
  stepPage?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000, default: 1, description: `Donor tier: which page of the budget lines (${SHARED_PAGE_SIZE} a page).` })
  @IsOptional()
  @Transform(digitsToNumber)
  @IsInt({ message: 'linePage must be a whole number from 1 to 100000' })
  @Min(1, { message: 'linePage must be a whole number from 1 to 100000' })
  @Max(100_000, { message: 'linePage must be a whole number from 1 to 100000' })
  linePage?: number;
}

export class SharedLink {
  @ApiProperty() name: string;
  @ApiProperty({ enum: SHARE_TIERS, enumName: 'ShareTier' }) tier: ShareTier;
  @ApiProperty({ description: 'Whether people appear by name (donor tier only) or by their organisation.' }) showNames: boolean;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class SharedStep {
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey' }) area: AreaKey;
  @ApiProperty({ type: 'string', nullable: true }) catalogueKey: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: STEP_STATUSES, enumName: 'StepStatus' }) status: StepStatus;
  @ApiProperty({ type: 'integer' }) progress: number;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) dueDate: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The lead organisation’s name.' }) leadOrganisation: string | null;
  @ApiProperty({ type: [String], description: 'Assignees’ names: only on a donor link with names shown; otherwise their organisations (no duplicates).' })
  people: string[];
}

export class SharedBudgetLine {
  @ApiProperty({ type: 'string', nullable: true }) stepKey: string | null;
  @ApiProperty() stepTitle: string;
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey' }) area: AreaKey;
  @ApiProperty() funder: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() planned: string;
  @ApiProperty() committed: string;
  @ApiProperty() disbursed: string;
  @ApiProperty({ description: 'planned − committed' }) gap: string;
}

export class SharedStepPage {
  @ApiProperty({ type: [SharedStep] }) items: SharedStep[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

export class SharedBudgetLinePage {
  @ApiProperty({ type: [SharedBudgetLine] }) items: SharedBudgetLine[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

export class SharedFunderBudget {
  @ApiProperty() funder: string;
  @ApiProperty() planned: string;
  @ApiProperty() committed: string;
  @ApiProperty() disbursed: string;
  @ApiProperty() gap: string;
  @ApiProperty({ type: 'integer' }) lines: number;
}

export class SharedCurrencyBudget extends CurrencyTotals {
  @ApiProperty({ type: [AreaBudget], description: 'Donor tier only (empty on a public link).' }) byArea: AreaBudget[];
  @ApiProperty({ type: [SharedFunderBudget], description: 'Donor tier only (empty on a public link).' }) byFunder: SharedFunderBudget[];
}

export class SharedReport {
  @ApiProperty({ type: 'string', nullable: true }) stepKey: string | null;
  @ApiProperty() stepTitle: string;
  @ApiProperty({ example: '2027-Q1' }) period: string;
  @ApiProperty({ enum: STEP_STATUSES, enumName: 'StepStatus' }) status: StepStatus;
  @ApiProperty({ type: 'integer' }) progress: number;
  @ApiProperty() narrative: string;
  @ApiProperty() blockers: string;
  @ApiProperty() nextSteps: string;
  @ApiProperty({ type: [EvidenceLink] }) links: EvidenceLink[];
  @ApiProperty({ type: [String], description: 'Names of the evidence files (the files themselves are not shared).' }) evidenceFiles: string[];
  @ApiProperty({ type: 'string', nullable: true, description: 'The author’s name when names are shown, else their organisation (null if none).' })
  author: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) approvedAt: string | null;
}

export class SharedReports {
  @ApiProperty({ type: 'string', nullable: true, description: 'The period shown; null when nothing has been approved yet.' }) period: string | null;
  @ApiProperty({ type: [String], description: 'Periods with approved reports, newest first.' }) periods: string[];
  @ApiProperty({ type: [SharedReport] }) items: SharedReport[];
}

/** A plan's progress as a share link's tier lets its audience see it. */
export class SharedPlanResponse {
  @ApiProperty({ type: SharedLink }) link: SharedLink;
  @ApiProperty({ format: 'date-time', description: 'When these figures were read.' }) readAt: string;
  @ApiProperty({ type: DashboardPlan }) plan: DashboardPlan;
  @ApiProperty({ type: DashboardProgress }) progress: DashboardProgress;
  @ApiProperty({ type: DashboardSchedule }) schedule: DashboardSchedule;
  @ApiProperty({ type: DashboardReporting }) reporting: DashboardReporting;
  @ApiProperty({ type: DashboardIndicators }) indicators: DashboardIndicators;
  @ApiProperty({ type: [PrincipleProgress] }) principles: PrincipleProgress[];
  @ApiProperty({ type: [SharedCurrencyBudget] }) budget: SharedCurrencyBudget[];
  @ApiProperty({ type: SharedStepPage, description: 'The plan’s steps in the guidance’s area order, a page at a time (`stepPage`).' }) steps: SharedStepPage;
  @ApiProperty({ type: SharedBudgetLinePage, description: 'Donor tier only (none on a public link), a page at a time (`linePage`).' }) budgetLines: SharedBudgetLinePage;
  @ApiProperty({ type: SharedReports, nullable: true, description: 'Donor tier only (null on a public link): approved reports only.' }) reports: SharedReports | null;
}
