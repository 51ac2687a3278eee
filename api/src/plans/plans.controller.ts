import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CallerMembership, CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import type { PlanMembership } from '../access/my-permissions.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { CreatePlanRequest, ListPlansQuery, PlanConflictResponse, PlanListResponse, PlanResponse, UpdatePlanRequest } from './dto/plan.dto.js';
import { PlansService } from './plans.service.js';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  /** The plans you are a member of. */
  @Get()
  @ApiBearerAuth()
  @ApiOkResponse({ type: PlanListResponse })
  async listPlans(@CurrentUser() user: SessionUser, @Query() query: ListPlansQuery): Promise<PlanListResponse> {
    return { items: await this.plans.listForUser(user.id, query.includeArchived === 'true') };
  }

  @Post()
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: PlanResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  createPlan(@CurrentUser() user: SessionUser, @Body() request: CreatePlanRequest): Promise<PlanResponse> {
    return this.plans.create(request, user.id);
  }

  @Get(':planId')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: PlanResponse })
  getPlan(@UuidParam('planId') planId: string, @CallerMembership() member: PlanMembership): Promise<PlanResponse> {
    return this.plans.get(planId, member);
  }

  @Patch(':planId')
  @PlanAccess('plan.update')
  @ApiOkResponse({ type: PlanResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: PlanConflictResponse, description: 'The plan changed since `version`, or is archived; the body carries `current`.' })
  updatePlan(
    @UuidParam('planId') planId: string,
    @CallerMembership() member: PlanMembership,
    @CurrentUser() user: SessionUser,
    @Body() request: UpdatePlanRequest,
  ): Promise<PlanResponse> {
    return this.plans.update(planId, request, member, user.id);
  }

  /** Archives the plan (it stays readable, read-only). */
  @Delete(':planId')
  @PlanAccess('plan.archive')
  @ApiOkResponse({ type: PlanResponse })
  archivePlan(@UuidParam('planId') planId: string, @CallerMembership() member: PlanMembership, @CurrentUser() user: SessionUser): Promise<PlanResponse> {
    return this.plans.archive(planId, member, user.id);
  }
}
