import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { PLAN_PERMISSIONS, type PlanPermission } from '../../access/plan-permissions.js';
import { ErrorResponse } from '../../common/errors/error-response.dto.js';
import { IsIsoDate } from '../../common/validation/iso-date.js';
import { ISO_COUNTRY_CODES } from '../countries.js';
import { PLAN_STATUSES, ROLES, type PlanStatus, type Role } from '../plan.entity.js';
import { trim } from '../../common/validation/trim.js';
import { REPORTING_CADENCES, type ReportingCadence } from '../../reports/periods.js';
import { IsOmittable } from '../../common/validation/optional.js';

class PlanFields {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'National community mental health reform 2027–2031' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(200)
  title: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-3 country code.', example: 'KEN', minLength: 3, maxLength: 3 })
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166-1 alpha-3 code in capitals, such as KEN' })
  @IsIn(ISO_COUNTRY_CODES, { message: 'country must be an ISO 3166-1 alpha-3 code of a country' })
  country: string;

  @ApiProperty({ format: 'date', example: '2027-01-01' })
  @IsIsoDate()
  startDate: string;

  @ApiProperty({ format: 'date', example: '2031-12-31', description: 'On or after startDate.' })
  @IsIsoDate()
  endDate: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ enum: REPORTING_CADENCES, enumName: 'ReportingCadence', description: 'How often steps report progress (quarterly by default).' })
  @IsOmittable()
  @IsIn(REPORTING_CADENCES, { message: `reportingCadence must be one of ${REPORTING_CADENCES.join(', ')}` })
  reportingCadence?: ReportingCadence;
}

export class CreatePlanRequest extends PlanFields {
  @ApiProperty({ description: 'Create one action step per step of the latest guidance catalogue.' })
  @IsBoolean({ message: 'fromCatalogue must be true or false' })
  fromCatalogue: boolean;
}

export class UpdatePlanRequest {
  @ApiProperty({ description: 'The version this change is based on; a stale version gets 409 with the current plan.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-3 country code.', minLength: 3, maxLength: 3 })
  @IsOmittable()
  @IsIn(ISO_COUNTRY_CODES, { message: 'country must be an ISO 3166-1 alpha-3 code of a country' })
  country?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOmittable()
  @IsIsoDate()
  startDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOmittable()
  @IsIsoDate()
  endDate?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ enum: REPORTING_CADENCES, enumName: 'ReportingCadence' })
  @IsOmittable()
  @IsIn(REPORTING_CADENCES, { message: `reportingCadence must be one of ${REPORTING_CADENCES.join(', ')}` })
  reportingCadence?: ReportingCadence;
}

export class ListPlansQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Include archived plans (default false).' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'includeArchived must be true or false' })
  includeArchived?: 'true' | 'false';
}

export class PlanResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'KEN' }) country: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status: PlanStatus;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The catalogue version the plan was created from.' })
  catalogueVersion: number | null;
  @ApiProperty({ enum: REPORTING_CADENCES, enumName: 'ReportingCadence' }) reportingCadence: ReportingCadence;
  @ApiProperty({ enum: ROLES, enumName: 'Role', description: 'Your role on this plan.' }) myRole: Role;
  @ApiProperty({
    enum: PLAN_PERMISSIONS,
    enumName: 'PlanPermission',
    isArray: true,
    description: 'What you may do on this plan now (routes naming no step); empty of writes once archived. A contributor\'s step permissions are on each step.',
  })
  myPermissions: PlanPermission[];
  @ApiProperty({ type: 'integer' }) stepCount: number;
  @ApiProperty({ type: 'integer' }) doneCount: number;
  @ApiProperty({ type: 'integer' }) overdueCount: number;
  @ApiProperty({ type: 'integer', description: 'Average progress of the steps not cancelled, 0–100.' }) progress: number;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PlanListResponse {
  @ApiProperty({ type: [PlanResponse] }) items: PlanResponse[];
}

/** 409 on a stale PATCH: the error plus the plan as it is now. */
export class PlanConflictResponse extends ErrorResponse {
  @ApiProperty({ type: PlanResponse }) current: PlanResponse;
}
