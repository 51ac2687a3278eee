import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { ListNotificationsQuery, NotificationListResponse } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Your notifications, newest first, with the number still unread (for the bell). */
  @Get()
  @ApiOkResponse({ type: NotificationListResponse })
  listNotifications(@CurrentUser() user: SessionUser, @Query() query: ListNotificationsQuery): Promise<NotificationListResponse> {
    return this.notifications.list(user.id, query.unread === 'true');
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiNoContentResponse()
  markAllNotificationsRead(@CurrentUser() user: SessionUser): Promise<void> {
    return this.notifications.markAllRead(user.id);
  }

  @Post(':notificationId/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponse })
  markNotificationRead(@CurrentUser() user: SessionUser, @UuidParam('notificationId') notificationId: string): Promise<void> {
    return this.notifications.markRead(user.id, notificationId);
  }
}
