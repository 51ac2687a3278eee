import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsIsoDate } from '../../common/validation/iso-date.js';
import { UserSummary } from '../../users/dto/user.dto.js';
import { AUDIT_ACTIONS, AUDITED_ENTITIES, type AuditAction, type AuditedEntity } from '../audit.service.js';
import { PagingQuery } from '../../common/validation/paging-query.js';

const JSON_VALUE = { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }], nullable: true };

export class ListActivityQuery extends PagingQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only events about this step (or plan).' })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only events by this person.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Events on or after this day (UTC).' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Events on or before this day (UTC).' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class ActivityChange {
  @ApiProperty({ example: 'progress' }) field: string;
  @ApiProperty({ ...JSON_VALUE, description: 'The value before the change (null when created).' }) before: unknown;
  @ApiProperty({ ...JSON_VALUE, description: 'The value after the change (null when deleted).' }) after: unknown;
}

export class ActivityEvent {
  @ApiProperty({ description: 'Sequence number of the event.' }) id: string;
  @ApiProperty({ enum: AUDITED_ENTITIES, enumName: 'AuditedEntity' }) entityType: AuditedEntity;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ description: 'What the entity was called at the time (step key and title, plan title).' }) entityLabel: string;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action: AuditAction;
  @ApiProperty({ type: UserSummary }) actor: UserSummary;
  @ApiProperty({ type: [ActivityChange] }) changes: ActivityChange[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ActivityListResponse {
  @ApiProperty({ type: [ActivityEvent] }) items: ActivityEvent[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}
