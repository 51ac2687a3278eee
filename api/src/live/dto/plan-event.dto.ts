import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDITED_ENTITIES, type AuditAction, type AuditedEntity } from '../../audit/audit.service.js';
import type { PlanEvent } from '../plan-event.js';

/** The data of each `plan-event` message on the event stream (documented here so clients get its type). */
export class PlanEventMessage implements PlanEvent {
  @ApiProperty({
    pattern: '^[0-9]{1,19}$',
    description: 'The change\'s audit event id (a bigint, as a string), also the message\'s SSE id: send it back as lastEventId to resume after it.',
  })
  id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ enum: AUDITED_ENTITIES, enumName: 'AuditedEntity' }) entityType: AuditedEntity;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action: AuditAction;
  @ApiProperty({ format: 'uuid', description: 'Who made the change.' }) actorId: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}
