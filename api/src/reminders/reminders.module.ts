import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RemindersService } from './reminders.service.js';

@Module({ imports: [MailModule, NotificationsModule], providers: [RemindersService], exports: [RemindersService] })
export class RemindersModule {}
