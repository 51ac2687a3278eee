import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../../common/validation/optional.js';
import { trim } from '../../common/validation/trim.js';
import { STEP_STATUSES, type StepStatus } from '../../steps/step.constants.js';
import { ANY_PERIOD } from '../periods.js';

export const REPORT_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export class EvidenceLink {
  @ApiProperty({ example: 'https://health.example.gov/decree-2027-14.pdf', description: 'An http(s) address.' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'each link url must be an http(s) address' })
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'What the link shows; the address is shown without one.' })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  label?: string;
}

/** The fields a report's author writes; shared by creating and editing. */
class ReportContent {
  @ApiPropertyOptional({ enum: STEP_STATUSES, enumName: 'StepStatus', description: 'The step’s status as reported; applied to the step on approval.' })
  @IsOmittable()
  @IsIn(STEP_STATUSES, { message: `status must be one of ${STEP_STATUSES.join(', ')}` })
  status?: StepStatus;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, description: 'Applied to the step on approval.' })
  @IsOmittable()
  @IsInt({ message: 'progress must be a whole number from 0 to 100' })
  @Min(0, { message: 'progress must be a whole number from 0 to 100' })
  @Max(100, { message: 'progress must be a whole number from 0 to 100' })
  progress?: number;

  @ApiPropertyOptional({ maxLength: 10000, description: 'What was done in the period.' })
  @IsOmittable()
  @IsString({ message: 'narrative must be text' })
  @MaxLength(10000)
  narrative?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'What blocks progress.' })
  @IsOmittable()
  @IsString({ message: 'blockers must be text' })
  @MaxLength(5000)
  blockers?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOmittable()
  @IsString({ message: 'nextSteps must be text' })
  @MaxLength(5000)
  nextSteps?: string;

  @ApiPropertyOptional({ type: [EvidenceLink], maxItems: 20, description: 'Links to evidence; replaces the list when sent.' })
  @IsOmittable()
  @IsArray({ message: 'links must be a list' })
  @ArrayMaxSize(20, { message: 'links may hold at most 20 links' })
  @IsObject({ each: true, message: 'each of links must be an object with a url' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceLink)
  links?: EvidenceLink[];
}

export class CreateReportRequest extends ReportContent {
  @ApiProperty({ example: '2027-Q1', description: 'Written to match the plan’s cadence: 2027-03 (monthly), 2027-Q1 (quarterly), 2027-H1 (half-yearly).' })
  @IsString()
  @Matches(ANY_PERIOD, { message: 'period must be written like 2027-03, 2027-Q1 or 2027-H1' })
  period: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The approved report of the same step and period this one corrects.' })
  @IsOmittable()
  @IsUUID('all', { message: 'correctsId must be a UUID' })
  correctsId?: string;
}

export class UpdateReportRequest extends ReportContent {
  @ApiProperty({ type: 'integer', description: 'The version this change is based on; a stale one gets 409 with the current report.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version: number;
}

export class ReturnReportRequest {
  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'What the author should change.' })
  @Transform(trim)
  @IsString({ message: 'comment must be text' })
  @MinLength(1, { message: 'comment must say what to change' })
  @MaxLength(5000)
  comment: string;
}

export class ReviewReportRequest {
  @ApiPropertyOptional({ maxLength: 5000, description: 'A note for the author (optional on approval).' })
  @IsOmittable()
  @Transform(trim)
  @IsString({ message: 'comment must be text' })
  @MaxLength(5000)
  comment?: string;
}

export class ListReportsQuery {
  @ApiPropertyOptional({ example: '2027-Q1' })
  @IsOptional()
  @Matches(ANY_PERIOD, { message: 'period must be written like 2027-03, 2027-Q1 or 2027-H1' })
  period?: string;

  @ApiPropertyOptional({ enum: REPORT_STATES, enumName: 'ReportState' })
  @IsOptional()
  @IsIn(REPORT_STATES, { message: `state must be one of ${REPORT_STATES.join(', ')}` })
  state?: ReportState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'stepId must be a UUID' })
  stepId?: string;
}

export class ReportingStatusQuery {
  @ApiPropertyOptional({ example: '2027-Q1', description: 'The plan’s current period when left out.' })
  @IsOptional()
  @Matches(ANY_PERIOD, { message: 'period must be written like 2027-03, 2027-Q1 or 2027-H1' })
  period?: string;
}
