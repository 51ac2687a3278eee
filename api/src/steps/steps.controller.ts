import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CallerMembership, CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import type { PlanMembership } from '../access/my-permissions.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { ListStepsQuery } from './dto/step-query.dto.js';
import { CreateStepRequest, UpdateStepRequest } from './dto/step-request.dto.js';
import { StepConflictResponse, StepListResponse, StepResponse } from './dto/step-response.dto.js';
import { StepsService } from './steps.service.js';

@ApiTags('steps')
@Controller('plans/:planId/steps')
export class StepsController {
  constructor(private readonly steps: StepsService) {}

  /** The plan's action steps in the guidance's area order, filtered and paged. */
  @Get()
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: StepListResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  listSteps(
    @UuidParam('planId') planId: string,
    @Query() query: ListStepsQuery,
    @CurrentUser() user: SessionUser,
    @CallerMembership() membership: PlanMembership,
  ): Promise<StepListResponse> {
    return this.steps.list(planId, query, { userId: user.id, membership });
  }

  /** Adds a custom step (one that is not in the catalogue). */
  @Post()
  @PlanAccess('step.create')
  @ApiCreatedResponse({ type: StepResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  createStep(
    @UuidParam('planId') planId: string,
    @CurrentUser() user: SessionUser,
    @CallerMembership() membership: PlanMembership,
    @Body() request: CreateStepRequest,
  ): Promise<StepResponse> {
    return this.steps.create(planId, request, { userId: user.id, membership });
  }

  @Get(':stepId')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: StepResponse })
  getStep(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @CurrentUser() user: SessionUser,
    @CallerMembership() membership: PlanMembership,
  ): Promise<StepResponse> {
    return this.steps.get(planId, stepId, { userId: user.id, membership });
  }

  @Patch(':stepId')
  @PlanAccess('step.update')
  @ApiOkResponse({ type: StepResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: StepConflictResponse, description: 'The step changed since `version`; the body carries `current`.' })
  updateStep(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @CurrentUser() user: SessionUser,
    @CallerMembership() membership: PlanMembership,
    @Body() request: UpdateStepRequest,
  ): Promise<StepResponse> {
    return this.steps.update(planId, stepId, request, { userId: user.id, membership });
  }

  @Delete(':stepId')
  @HttpCode(204)
  @PlanAccess('step.delete')
  @ApiNoContentResponse()
  deleteStep(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    return this.steps.remove(planId, stepId, user.id);
  }
}
