import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AREA_KEYS, type AreaKey } from '../../catalogue/area-keys.js';
import { PRINCIPLES, type Principle } from '../../catalogue/catalogue-v1.data.js';
import { STEP_STATUSES, type StepStatus } from '../step.constants.js';
import { PagingQuery } from '../../common/validation/paging-query.js';

export class ListStepsQuery extends PagingQuery {
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

  @ApiPropertyOptional({ enum: ['true'], description: 'true: only steps due from today to 30 days ahead and not done or cancelled (the dashboard’s "due soon").' })
  @IsOptional()
  @IsIn(['true'], { message: 'dueSoon must be true when given' })
  dueSoon?: 'true';

  @ApiPropertyOptional({ enum: PRINCIPLES, enumName: 'Principle', description: 'Only steps serving this CRPD principle.' })
  @IsOptional()
  @IsIn(PRINCIPLES, { message: `principle must be one of ${PRINCIPLES.join(', ')}` })
  principle?: Principle;

  @ApiPropertyOptional({ maxLength: 200, description: 'Text searched in key, title, description and lead organisation.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
