import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ErrorResponse } from '../../common/errors/error-response.dto.js';
import { IsNullable, IsOmittable } from '../../common/validation/optional.js';
import { trim } from '../../common/validation/trim.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../organisations/organisation.entity.js';
import { CURRENCY_CODES, FIRST_BUDGET_YEAR, IsMoney, LAST_BUDGET_YEAR, MAX_AMOUNT, MONEY_PATTERN } from '../money.js';

const CURRENCY_MESSAGE = 'currency must be an ISO 4217 currency code in upper case, such as EUR or USD';
const YEAR_MESSAGE = `year must be a whole number from ${FIRST_BUDGET_YEAR} to ${LAST_BUDGET_YEAR}`;
const MONEY_DESCRIPTION = `A decimal string (never a JSON number): not negative, at most 16 digits before the point and 2 after (up to ${MAX_AMOUNT}).`;

export const BUDGET_FLAGS = ['committed_above_planned', 'disbursed_above_committed'] as const;
export type BudgetFlag = (typeof BUDGET_FLAGS)[number];

export class CreateBudgetLineRequest {
  @ApiProperty({ format: 'uuid', description: 'The organisation funding this line.' })
  @IsUUID('all', { message: 'funderId must be the id of an organisation' })
  funderId: string;

  @ApiProperty({ example: 'EUR', minLength: 3, maxLength: 3, description: 'ISO 4217 currency code, upper case.' })
  @IsIn(CURRENCY_CODES, { message: CURRENCY_MESSAGE })
  currency: string;

  @ApiProperty({ type: 'integer', minimum: FIRST_BUDGET_YEAR, maximum: LAST_BUDGET_YEAR, example: 2027 })
  @IsInt({ message: YEAR_MESSAGE })
  @Min(FIRST_BUDGET_YEAR, { message: YEAR_MESSAGE })
  @Max(LAST_BUDGET_YEAR, { message: YEAR_MESSAGE })
  year: number;

  @ApiProperty({ example: '1250000.00', description: MONEY_DESCRIPTION, pattern: MONEY_PATTERN })
  @IsMoney()
  planned: string;

  @ApiProperty({ example: '1000000.00', description: MONEY_DESCRIPTION, pattern: MONEY_PATTERN })
  @IsMoney()
  committed: string;

  @ApiProperty({ example: '250000.00', description: MONEY_DESCRIPTION, pattern: MONEY_PATTERN })
  @IsMoney()
  disbursed: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 2000 })
  @Transform(trim)
  @IsNullable()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string | null;
}

export class UpdateBudgetLineRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID('all', { message: 'funderId must be the id of an organisation' })
  funderId?: string;

  @ApiPropertyOptional({ example: 'EUR', minLength: 3, maxLength: 3 })
  @IsOmittable()
  @IsIn(CURRENCY_CODES, { message: CURRENCY_MESSAGE })
  currency?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: FIRST_BUDGET_YEAR, maximum: LAST_BUDGET_YEAR })
  @IsOmittable()
  @IsInt({ message: YEAR_MESSAGE })
  @Min(FIRST_BUDGET_YEAR, { message: YEAR_MESSAGE })
  @Max(LAST_BUDGET_YEAR, { message: YEAR_MESSAGE })
  year?: number;

  @ApiPropertyOptional({ example: '1250000.00', description: MONEY_DESCRIPTION, pattern: MONEY_PATTERN })
  @IsOmittable()
  @IsMoney()
  planned?: string;

  @ApiPropertyOptional({ example: '1000000.00', description: MONEY_DESCRIPTION, pattern: MONEY_PATTERN })
  @IsOmittable()
  @IsMoney()
  committed?: string;

  @ApiPropertyOptional({ example: '250000.00', description: MONEY_DESCRIPTION, pattern: MONEY_PATTERN })
  @IsOmittable()
  @IsMoney()
  disbursed?: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 2000, description: 'null clears the note.' })
  @Transform(trim)
  @IsNullable()
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string | null;

  @ApiProperty({ type: 'integer', description: 'The version this change is based on; a stale one gets 409.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version: number;
}

export class FunderSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' }) kind: OrganisationKind;
}

export class BudgetLineResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'uuid' }) stepId: string;
  @ApiProperty({ type: FunderSummary }) funder: FunderSummary;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ example: '1250000.00', description: 'Two decimals, as a string.' }) planned: string;
  @ApiProperty({ example: '1000000.00' }) committed: string;
  @ApiProperty({ example: '250000.00' }) disbursed: string;
  @ApiProperty({ example: '250000.00', description: 'The funding gap: planned − committed (negative when more is committed than planned).' })
  gap: string;
  @ApiProperty({ enum: BUDGET_FLAGS, enumName: 'BudgetFlag', isArray: true, description: 'Allowed, but worth a look.' })
  flags: BudgetFlag[];
  @ApiProperty({ type: 'string', nullable: true }) note: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** Sums of lines in one currency. */
export class BudgetAmounts {
  @ApiProperty({ example: '1250000.00' }) planned: string;
  @ApiProperty({ example: '1000000.00' }) committed: string;
  @ApiProperty({ example: '250000.00' }) disbursed: string;
  @ApiProperty({ example: '250000.00', description: 'planned − committed' }) gap: string;
  @ApiProperty({ type: 'integer' }) lines: number;
  @ApiProperty({ type: 'integer', description: 'Lines with at least one flag.' }) flaggedLines: number;
}

export class CurrencyTotals extends BudgetAmounts {
  @ApiProperty({ example: 'EUR' }) currency: string;
}

export class BudgetLineListResponse {
  @ApiProperty({ type: [BudgetLineResponse], description: 'By year, currency, then funder.' }) items: BudgetLineResponse[];
  @ApiProperty({ type: [CurrencyTotals], description: 'One entry per currency: amounts of different currencies are never added.' })
  totals: CurrencyTotals[];
}

/** 409 on a stale PATCH: the error plus the line as it is now. */
export class BudgetLineConflictResponse extends ErrorResponse {
  @ApiProperty({ type: BudgetLineResponse }) current: BudgetLineResponse;
}
