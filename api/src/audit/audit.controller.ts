import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { AuditService } from './audit.service.js';
import { ActivityListResponse, ListActivityQuery } from './dto/activity.dto.js';

@ApiTags('activity')
@Controller('plans/:planId/activity')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Who changed what in the plan, newest first, with the values before and after. */
  @Get()
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: ActivityListResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  listActivity(@UuidParam('planId') planId: string, @Query() query: ListActivityQuery): Promise<ActivityListResponse> {
    return this.audit.list(planId, query);
  }
}
