import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceStorage } from './evidence-storage.js';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor.js';
import { EvidenceService } from './evidence.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [AuditModule, MailModule, NotificationsModule],
  controllers: [ReportsController, EvidenceController],
  providers: [ReportsService, EvidenceService, EvidenceStorage, EvidenceUploadInterceptor],
})
export class ReportsModule {}
