import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CurrencyTotals, FunderSummary } from '../../budget/dto/budget-line.dto.js';
import { DashboardReporting, IndicatorStandingCounts } from '../../dashboard/dto/dashboard.dto.js';
import { ISO_COUNTRY_CODES } from '../../plans/countries.js';
import { PLAN_STATUSES, ROLES, type PlanStatus, type Role } from '../../plans/plan.entity.js';
import { REPORTING_CADENCES, type ReportingCadence } from '../../reports/periods.js';

export const PORTFOLIO_SORTS = ['title', 'country', 'progress', 'overdue', 'startDate', 'endDate'] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];
export const PORTFOLIO_STATUSES = ['active', 'archived', 'all'] as const;
export type PortfolioStatus = (typeof PORTFOLIO_STATUSES)[number];

export class PortfolioQuery {
  @ApiPropertyOptional({ description: 'Only plans of this country (ISO 3166-1 alpha-3).', example: 'KEN' })
  @IsOptional()
  @IsIn(ISO_COUNTRY_CODES, { message: 'country must be an ISO 3166-1 alpha-3 code of a country, in capitals' })
  country?: string;

  @ApiPropertyOptional({ enum: PORTFOLIO_STATUSES, enumName: 'PortfolioStatus', description: 'active (default), archived, or all.' })
  @IsOptional()
  @IsIn(PORTFOLIO_STATUSES, { message: `status must be one of ${PORTFOLIO_STATUSES.join(', ')}` })
  status?: PortfolioStatus;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', description: 'Only plans where you have this role.' })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ enum: PORTFOLIO_SORTS, enumName: 'PortfolioSort', description: 'title by default.' })
  @IsOptional()
  @IsIn(PORTFOLIO_SORTS, { message: `sort must be one of ${PORTFOLIO_SORTS.join(', ')}` })
  sort?: PortfolioSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'asc by default.' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order?: 'asc' | 'desc';
}

export class PortfolioMoney {
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ example: '1250000.00' }) planned: string;
  @ApiProperty({ example: '1000000.00' }) committed: string;
  @ApiProperty({ example: '250000.00' }) disbursed: string;
  @ApiProperty({ type: 'integer', description: 'Budget lines counted.' }) lines: number;
}

export class PortfolioPlan {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'KEN' }) country: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status: PlanStatus;
  @ApiProperty({ enum: ROLES, enumName: 'Role', description: 'Your role on this plan.' }) role: Role;
  @ApiProperty({ enum: REPORTING_CADENCES, enumName: 'ReportingCadence' }) reportingCadence: ReportingCadence;
  @ApiProperty({ type: 'integer', description: 'Steps that are not cancelled.' }) steps: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Overall progress as on the plan’s dashboard (areas weighted equally), 0–100.' })
  progress: number | null;
  @ApiProperty({ type: 'integer' }) overdue: number;
  @ApiProperty({ type: DashboardReporting, description: 'Reporting of the period today falls in, in the plan’s cadence.' }) reporting: DashboardReporting;
  @ApiProperty({ type: IndicatorStandingCounts }) indicators: IndicatorStandingCounts;
  @ApiProperty({ type: [CurrencyTotals], description: 'The plan’s whole budget per currency.' }) budget: CurrencyTotals[];
  @ApiProperty({
    type: [PortfolioMoney],
    description: 'What your organisation funds in this plan (budget lines whose funder it is), per currency; empty when it funds nothing here or you belong to no organisation.',
  })
  organisationFunding: PortfolioMoney[];
}

export class PortfolioResponse {
  @ApiProperty({ type: FunderSummary, nullable: true, description: 'The organisation you belong to.' }) organisation: FunderSummary | null;
  @ApiProperty({ format: 'date-time' }) readAt: string;
  @ApiProperty({ type: [PortfolioPlan], description: 'Your plans that match the filters, sorted as asked.' }) items: PortfolioPlan[];
  @ApiProperty({ type: [String], description: 'Countries of all your plans (for a filter), before filtering.' }) countries: string[];
}
