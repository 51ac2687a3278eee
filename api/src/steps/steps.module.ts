import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Step, StepAssignee, StepDependency } from './step.entity.js';
import { StepsController } from './steps.controller.js';
import { StepsService } from './steps.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Step, StepAssignee, StepDependency]), AuditModule],
  controllers: [StepsController],
  providers: [StepsService],
})
export class StepsModule {}
