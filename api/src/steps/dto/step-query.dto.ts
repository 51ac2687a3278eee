import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AREA_KEYS, type AreaKey } from '../../catalogue/area-keys.js';
import { STEP_STATUSES, type StepStatus } from '../step.constants.js';

export const MAX_PAGE_SIZE = 200;

export class ListStepsQuery {
  @ApiPropertyOptional({ enum: AREA_KEYS, enumName: 'AreaKey' })
  @IsOptional()
  @IsIn(AREA_KEYS, { message: `area must be one of ${AREA_KEYS.join(', ')}` })
  area?: AreaKey;

  @ApiPropertyOptional({ enum: STEP_STATUSES, enumName: 'StepStatus' })
  @IsOptional()
  @IsIn(STEP_STATUSES, { message: `status must be one of ${STEP_STATUSES.join(', ')}` })
  status?: StepStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only steps assigned to this user.' })
  @IsOptional()
  @IsUUID('all', { message: 'assignee must be a UUID' })
  assignee?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only steps past their due date and not done or cancelled.' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ maxLength: 200, description: 'Text searched in key, title, description and lead organisation.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number of 1 or more' })
  @Min(1, { message: 'page must be a whole number of 1 or more' })
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Min(1, { message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  pageSize?: number;
}
