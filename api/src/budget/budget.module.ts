import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BudgetController } from './budget.controller.js';
import { BudgetService } from './budget.service.js';

@Module({ imports: [AuditModule], controllers: [BudgetController], providers: [BudgetService] })
export class BudgetModule {}
