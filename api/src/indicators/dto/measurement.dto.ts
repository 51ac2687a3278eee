import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ErrorResponse } from '../../common/errors/error-response.dto.js';
import { IsNullable, IsOmittable } from '../../common/validation/optional.js';
import { trim } from '../../common/validation/trim.js';
import { ANY_PERIOD } from '../../reports/periods.js';
import { UserSummary } from '../../users/dto/user.dto.js';
import { DECIMAL_RULE, IsDecimalString } from '../decimal.js';

export class CreateMeasurementRequest {
  @ApiProperty({
    example: '2027-Q1',
    pattern: ANY_PERIOD.source,
    description: "The reporting period, written in the form of the plan's cadence: `2027-03` (monthly), `2027-Q1` (quarterly) or `2027-H1` (half-yearly).",
  })
  @IsString({ message: 'period must be written like 2027-03, 2027-Q1 or 2027-H1, following the plan’s reporting cadence' })
  @Matches(ANY_PERIOD, { message: 'period must be written like 2027-03, 2027-Q1 or 2027-H1, following the plan’s reporting cadence' })
  period: string;

  @ApiProperty({ type: 'string', pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$', example: '12.5', description: `${DECIMAL_RULE[0].toUpperCase()}${DECIMAL_RULE.slice(1)}.` })
  @IsDecimalString()
  value: string;

  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Ministry of Health, HMIS quarterly extract' })
  @Transform(trim)
  @IsString({ message: 'source must be text' })
  @MinLength(1, { message: 'source must not be empty: say where the value comes from' })
  @MaxLength(500, { message: 'source must be at most 500 characters' })
  source: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 2000 })
  @IsNullable()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string | null;

  @ApiPropertyOptional({
    description: 'true: replace the current measurement of this period (it is kept in the history as superseded). Without it, a second measurement for a period is a 409.',
  })
  @IsOmittable()
  @IsBoolean({ message: 'replaces must be true or false' })
  replaces?: boolean;
}

export class MeasurementResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) indicatorId: string;
  @ApiProperty({ example: '2027-Q1' }) period: string;
  @ApiProperty({ type: 'string', example: '12.5', description: 'A decimal string.' }) value: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: 'string', nullable: true }) note: string | null;
  @ApiProperty({ type: UserSummary }) recordedBy: UserSummary;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'When a later measurement replaced this one; null while it is current.' })
  supersededAt: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'The measurement that replaced this one.' })
  replacedBy: string | null;
}

export class MeasurementListResponse {
  @ApiProperty({ type: [MeasurementResponse], description: 'The whole history, superseded measurements included, most recently recorded first.' })
  items: MeasurementResponse[];
}

/** 409 on a second measurement for a period: the error plus the current one. */
export class MeasurementConflictResponse extends ErrorResponse {
  @ApiProperty({ type: MeasurementResponse }) current: MeasurementResponse;
}
