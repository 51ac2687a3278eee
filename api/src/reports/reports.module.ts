import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor.js';
import { EvidenceService } from './evidence.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { DirectoryStorage } from './storage/directory-storage.js';
import { EvidenceScanner } from './storage/evidence-scanner.js';
import { EvidenceStorage } from './storage/evidence-storage.js';
import { S3Storage } from './storage/s3-storage.js';

@Module({
  imports: [AuditModule, MailModule, NotificationsModule],
  controllers: [ReportsController, EvidenceController],
  providers: [
    ReportsService,
    EvidenceService,
    EvidenceScanner,
    EvidenceUploadInterceptor,
    {
      provide: EvidenceStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): EvidenceStorage =>
        config.evidenceS3 ? new S3Storage(config.evidenceS3) : new DirectoryStorage(config.evidenceDir),
    },
  ],
  exports: [EvidenceStorage],
})
export class ReportsModule {}
