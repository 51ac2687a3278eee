import { Module } from '@nestjs/common';
import { RateLimitCounter } from '../access/rate-limit.storage.js';
import { AuditModule } from '../audit/audit.module.js';
import { SharedPlanController } from './shared-plan.controller.js';
import { ShareLinksController } from './share-links.controller.js';
import { SharingService } from './sharing.service.js';

@Module({ imports: [AuditModule], controllers: [ShareLinksController, SharedPlanController], providers: [SharingService, RateLimitCounter] })
export class SharingModule {}
