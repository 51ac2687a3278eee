import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthorisedPlanId, CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { CreateMeasurementRequest, MeasurementConflictResponse, MeasurementListResponse, MeasurementResponse } from './dto/measurement.dto.js';
import { MeasurementsService } from './measurements.service.js';

/** Measurements are addressed through their indicator; the AccessGuard finds the plan from it. */
@ApiTags('indicators')
@Controller('indicators/:indicatorId/measurements')
export class MeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  /** The indicator's whole history, superseded measurements included, most recently recorded first. */
  @Get()
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: MeasurementListResponse })
  async listMeasurements(@AuthorisedPlanId() planId: string, @UuidParam('indicatorId') indicatorId: string): Promise<MeasurementListResponse> {
    return { items: await this.measurements.list(planId, indicatorId) };
  }

  /** Records the value of a period (written in the plan's cadence); `replaces: true` supersedes the period's current one. */
  @Post()
  @PlanAccess('measurement.write')
  @ApiCreatedResponse({ type: MeasurementResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: MeasurementConflictResponse, description: 'The period already has a measurement (in `current`) and `replaces` was not true; or the plan is archived.' })
  createMeasurement(
    @AuthorisedPlanId() planId: string,
    @UuidParam('indicatorId') indicatorId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: CreateMeasurementRequest,
  ): Promise<MeasurementResponse> {
    return this.measurements.create(planId, indicatorId, request, user.id);
  }
}
