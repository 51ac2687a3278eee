import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { BudgetService } from './budget.service.js';
import {
  BudgetLineConflictResponse,
  BudgetLineListResponse,
  BudgetLineResponse,
  CreateBudgetLineRequest,
  UpdateBudgetLineRequest,
} from './dto/budget-line.dto.js';
import { PlanBudgetResponse } from './dto/plan-budget.dto.js';

@ApiTags('budget')
@Controller('plans/:planId')
export class BudgetController {
  constructor(private readonly budget: BudgetService) {}

  /** The plan's budget per currency, and within each currency by area, funder and year. */
  @Get('budget')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: PlanBudgetResponse })
  getPlanBudget(@UuidParam('planId') planId: string): Promise<PlanBudgetResponse> {
    return this.budget.planBudget(planId);
  }

  /** A step's budget lines with their totals per currency. */
  @Get('steps/:stepId/budget-lines')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: BudgetLineListResponse })
  listBudgetLines(@UuidParam('planId') planId: string, @UuidParam('stepId') stepId: string): Promise<BudgetLineListResponse> {
    return this.budget.list(planId, stepId);
  }

  @Post('steps/:stepId/budget-lines')
  @PlanAccess('budget.manage')
  @ApiCreatedResponse({ type: BudgetLineResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  createBudgetLine(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: CreateBudgetLineRequest,
  ): Promise<BudgetLineResponse> {
    return this.budget.create(planId, stepId, request, user.id);
  }

  @Patch('steps/:stepId/budget-lines/:lineId')
  @PlanAccess('budget.manage')
  @ApiOkResponse({ type: BudgetLineResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: BudgetLineConflictResponse, description: 'The line changed since `version`; the body carries `current`.' })
  updateBudgetLine(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @UuidParam('lineId') lineId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: UpdateBudgetLineRequest,
  ): Promise<BudgetLineResponse> {
    return this.budget.update(planId, stepId, lineId, request, user.id);
  }

  @Delete('steps/:stepId/budget-lines/:lineId')
  @HttpCode(204)
  @PlanAccess('budget.manage')
  @ApiNoContentResponse()
  deleteBudgetLine(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @UuidParam('lineId') lineId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    return this.budget.remove(planId, stepId, lineId, user.id);
  }
}
