import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import {
  CreateIndicatorRequest,
  IndicatorConflictResponse,
  IndicatorListResponse,
  IndicatorResponse,
  ListIndicatorsQuery,
  UpdateIndicatorRequest,
} from './dto/indicator.dto.js';
import { IndicatorsService } from './indicators.service.js';

@ApiTags('indicators')
@Controller('plans/:planId/indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  /** The plan's outcome indicators, oldest first, each with its latest value, trend and progress to target. */
  @Get()
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: IndicatorListResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  async listIndicators(@UuidParam('planId') planId: string, @Query() query: ListIndicatorsQuery): Promise<IndicatorListResponse> {
    return { items: await this.indicators.list(planId, query) };
  }

  @Post()
  @PlanAccess('indicator.manage')
  @ApiCreatedResponse({ type: IndicatorResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  createIndicator(
    @UuidParam('planId') planId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: CreateIndicatorRequest,
  ): Promise<IndicatorResponse> {
    return this.indicators.create(planId, request, user.id);
  }

  @Get(':indicatorId')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: IndicatorResponse })
  getIndicator(@UuidParam('planId') planId: string, @UuidParam('indicatorId') indicatorId: string): Promise<IndicatorResponse> {
    return this.indicators.get(planId, indicatorId);
  }

  @Patch(':indicatorId')
  @PlanAccess('indicator.manage')
  @ApiOkResponse({ type: IndicatorResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: IndicatorConflictResponse, description: 'The indicator changed since `version`; the body carries `current`.' })
  updateIndicator(
    @UuidParam('planId') planId: string,
    @UuidParam('indicatorId') indicatorId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: UpdateIndicatorRequest,
  ): Promise<IndicatorResponse> {
    return this.indicators.update(planId, indicatorId, request, user.id);
  }

  /** Deletes the indicator and all its measurements. */
  @Delete(':indicatorId')
  @HttpCode(204)
  @PlanAccess('indicator.manage')
  @ApiNoContentResponse()
  deleteIndicator(
    @UuidParam('planId') planId: string,
    @UuidParam('indicatorId') indicatorId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    return this.indicators.remove(planId, indicatorId, user.id);
  }
}
