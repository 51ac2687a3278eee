import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ErrorResponse } from '../../common/errors/error-response.dto.js';
import { IsIsoDate } from '../../common/validation/iso-date.js';
import { IsNullable, IsOmittable } from '../../common/validation/optional.js';
import { trim } from '../../common/validation/trim.js';
import { UserSummary } from '../../users/dto/user.dto.js';
import { DECIMAL_RULE, IsDecimalString } from '../decimal.js';
import { MeasurementResponse } from './measurement.dto.js';

export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const MAX_DISAGGREGATION = 10;

const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;

export class CreateIndicatorRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'People receiving community-based mental health care' })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @ApiProperty({ minLength: 1, maxLength: 50, example: 'per 100 000 inhabitants' })
  @Transform(trim)
  @IsString({ message: 'unit must be text' })
  @MinLength(1, { message: 'unit must not be empty' })
  @MaxLength(50, { message: 'unit must be at most 50 characters' })
  unit: string;

  @ApiProperty({ enum: DIRECTIONS, enumName: 'IndicatorDirection', description: 'Whether success means the value goes up or down.' })
  @IsIn(DIRECTIONS, { message: `direction must be one of ${DIRECTIONS.join(', ')}` })
  direction: Direction;

  @ApiProperty({ type: 'string', pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$', example: '12.5', description: `The value at baselineDate: ${DECIMAL_RULE}.` })
  @IsDecimalString()
  baseline: string;

  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  baselineDate: string;

  @ApiProperty({
    type: 'string',
    pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$',
    example: '40',
    description: 'The value to reach by targetDate: above the baseline for an indicator that should increase, below it for one that should decrease.',
  })
  @IsDecimalString()
  target: string;

  @ApiProperty({ format: 'date', description: 'After baselineDate.' })
  @IsIsoDate()
  targetDate: string;

  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true, description: 'The step of this plan the indicator measures, if any.' })
  @IsNullable()
  @IsUUID('all', { message: 'stepId must be a UUID' })
  stepId?: string | null;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 50 },
    maxItems: MAX_DISAGGREGATION,
    uniqueItems: true,
    example: ['sex', 'age group', 'region'],
    description: `How measurements are broken down: up to ${MAX_DISAGGREGATION} different, non-empty labels.`,
  })
  @IsOmittable()
  @Transform(trimEach)
  @IsArray({ message: 'disaggregation must be a list of labels' })
  @ArrayMaxSize(MAX_DISAGGREGATION, { message: `disaggregation may have at most ${MAX_DISAGGREGATION} labels` })
  @IsString({ each: true, message: 'each label of disaggregation must be text' })
  @MinLength(1, { each: true, message: 'disaggregation labels must not be empty' })
  @MaxLength(50, { each: true, message: 'disaggregation labels must be at most 50 characters' })
  @ArrayUnique((label: unknown) => (typeof label === 'string' ? label.toLowerCase() : label), { message: 'disaggregation must not repeat a label' })
  disaggregation?: string[];
}

export class UpdateIndicatorRequest extends PartialType(CreateIndicatorRequest, { skipNullProperties: false }) {
  @ApiProperty({ type: 'integer', description: 'The version this change is based on; a stale one gets 409 with the current indicator.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version: number;
}

export class ListIndicatorsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the indicators of this step.' })
  @IsOptional()
  @IsUUID('all', { message: 'stepId must be a UUID' })
  stepId?: string;
}

export class TrendPoint {
  @ApiProperty({ example: '2027-Q1' }) period: string;
  @ApiProperty({ type: 'string', example: '12.5' }) value: string;
}

export class IndicatorResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) stepId: string | null;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: DIRECTIONS, enumName: 'IndicatorDirection' }) direction: Direction;
  @ApiProperty({ type: 'string', example: '12.5', description: 'A decimal string.' }) baseline: string;
  @ApiProperty({ format: 'date' }) baselineDate: string;
  @ApiProperty({ type: 'string', example: '40', description: 'A decimal string.' }) target: string;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty({ type: [String] }) disaggregation: string[];
  @ApiProperty({ type: MeasurementResponse, nullable: true, description: 'The current measurement of the latest period measured.' })
  latest: MeasurementResponse | null;
  @ApiProperty({
    type: 'number',
    nullable: true,
    example: 62.5,
    description:
      '(latest − baseline) / (target − baseline) × 100, rounded to one decimal; not clamped (beyond the target > 100, moving away from it < 0); null without a measurement.',
  })
  progressToTarget: number | null;
  @ApiProperty({ type: [TrendPoint], description: 'The current measurement of each period, oldest period first.' }) trend: TrendPoint[];
  @ApiProperty({ type: UserSummary }) createdBy: UserSummary;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class IndicatorListResponse {
  @ApiProperty({ type: [IndicatorResponse], description: 'Oldest first.' }) items: IndicatorResponse[];
}

/** 409 on a stale PATCH: the error plus the indicator as it is now. */
export class IndicatorConflictResponse extends ErrorResponse {
  @ApiProperty({ type: IndicatorResponse }) current: IndicatorResponse;
}
