import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { AREA_KEYS, type AreaKey } from '../../catalogue/area-keys.js';
import { PRINCIPLES, type Principle } from '../../catalogue/catalogue-v1.data.js';
import { IsIsoDate } from '../../common/validation/iso-date.js';
import { IsNullable, IsOmittable } from '../../common/validation/optional.js';
import { PRIORITIES, STEP_STATUSES, type Priority, type StepStatus } from '../step.constants.js';
import { trim } from '../../common/validation/trim.js';

export class CreateStepRequest {
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey' })
  @IsIn(AREA_KEYS, { message: `area must be one of ${AREA_KEYS.join(', ')}` })
  area: AreaKey;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ enum: STEP_STATUSES, enumName: 'StepStatus' })
  @IsOmittable()
  @IsIn(STEP_STATUSES, { message: `status must be one of ${STEP_STATUSES.join(', ')}` })
  status?: StepStatus;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100 })
  @IsOmittable()
  @IsInt({ message: 'progress must be a whole number from 0 to 100' })
  @Min(0, { message: 'progress must be a whole number from 0 to 100' })
  @Max(100, { message: 'progress must be a whole number from 0 to 100' })
  progress?: number;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: 'string' })
  @IsNullable()
  @IsIsoDate()
  startDate?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: 'string', description: 'On or after startDate.' })
  @IsNullable()
  @IsIsoDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: 'string', description: 'The organisation leading the step (see GET /organisations).' })
  @IsNullable()
  @IsUUID('all', { message: 'leadOrganisationId must be a UUID' })
  leadOrganisationId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50, uniqueItems: true, description: 'Users responsible for the step.' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'assigneeIds must not repeat a user' })
  @IsUUID('all', { each: true, message: 'each of assigneeIds must be a UUID' })
  assigneeIds?: string[];

  @ApiPropertyOptional({ enum: PRIORITIES, enumName: 'Priority' })
  @IsOmittable()
  @IsIn(PRIORITIES, { message: `priority must be one of ${PRIORITIES.join(', ')}` })
  priority?: Priority;

  @ApiPropertyOptional({ enum: PRINCIPLES, enumName: 'Principle', isArray: true, uniqueItems: true })
  @IsOmittable()
  @IsArray()
  @ArrayUnique({ message: 'principles must not repeat a principle' })
  @IsIn(PRINCIPLES, { each: true, message: `each of principles must be one of ${PRINCIPLES.join(', ')}` })
  principles?: Principle[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100, uniqueItems: true, description: 'Steps of the same plan that must come first.' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'dependsOn must not repeat a step' })
  @IsUUID('all', { each: true, message: 'each of dependsOn must be a UUID' })
  dependsOn?: string[];
}

export class UpdateStepRequest extends PartialType(CreateStepRequest, { skipNullProperties: false }) {
  @ApiProperty({ type: 'integer', description: 'The version this change is based on; a stale one gets 409 with the current step.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version: number;
}
