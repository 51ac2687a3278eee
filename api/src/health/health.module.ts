import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { HealthController } from './health.controller.js';
import { ReadinessService } from './readiness.service.js';

@Module({ imports: [ReportsModule], controllers: [HealthController], providers: [ReadinessService] })
export class HealthModule {}
