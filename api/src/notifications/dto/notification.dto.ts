import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { UserSummary } from '../../users/dto/user.dto.js';

export const NOTIFICATION_KINDS = [
  'mention', 'comment_on_assigned_step', 'due_soon', 'overdue', 'overdue_digest', 'report_submitted', 'report_returned', 'report_approved',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export class ListNotificationsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only unread notifications.' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';
}

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind: NotificationKind;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) stepId: string | null;
  @ApiProperty({ type: UserSummary, nullable: true }) actor: UserSummary | null;
  @ApiProperty({ description: 'What it is about, e.g. the step key and title.' }) summary: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) readAt: string | null;
}

export class NotificationListResponse {
  @ApiProperty({ type: [NotificationResponse], description: 'The newest 100.' }) items: NotificationResponse[];
  @ApiProperty({ type: 'integer' }) unreadCount: number;
}
