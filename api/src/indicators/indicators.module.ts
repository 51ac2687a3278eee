import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { IndicatorsController } from './indicators.controller.js';
import { IndicatorsService } from './indicators.service.js';
import { MeasurementsController } from './measurements.controller.js';
import { MeasurementsService } from './measurements.service.js';

@Module({ imports: [AuditModule], controllers: [IndicatorsController, MeasurementsController], providers: [IndicatorsService, MeasurementsService] })
export class IndicatorsModule {}
