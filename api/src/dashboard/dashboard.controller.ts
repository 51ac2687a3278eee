import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardResponse } from './dto/dashboard.dto.js';

@ApiTags('dashboard')
@Controller('plans/:planId/dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @PlanAccess('plan.read')
  @ApiOperation({ summary: 'The plan at a glance', description: 'Progress by area and status, schedule, this period’s reporting, indicators, budget per currency, CRPD principles and the latest activity, read from one snapshot.' })
  @ApiOkResponse({ type: DashboardResponse })
  getDashboard(@UuidParam('planId') planId: string): Promise<DashboardResponse> {
    return this.dashboards.dashboard(planId);
  }
}
