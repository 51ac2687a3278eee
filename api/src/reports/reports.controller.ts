import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import {
  CreateReportRequest, ListReportsQuery, ReportingStatusQuery, ReturnReportRequest, ReviewReportRequest, UpdateReportRequest,
} from './dto/report-request.dto.js';
import { ReportingStatusResponse, ReportListResponse, ReportResponse } from './dto/report-response.dto.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('plans/:planId')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The review queue and the record: every report of the plan, filtered by period, state or step. */
  @Get('reports')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: ReportListResponse })
  async listReports(@UuidParam('planId') planId: string, @Query() query: ListReportsQuery): Promise<ReportListResponse> {
    return { items: await this.reports.list(planId, query) };
  }

  /** Which steps have reported for a period (the current one by default): missing, draft, submitted, returned or approved. */
  @Get('reporting')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: ReportingStatusResponse })
  async reportingStatus(@UuidParam('planId') planId: string, @Query() query: ReportingStatusQuery): Promise<ReportingStatusResponse> {
    return this.reports.status(planId, query.period);
  }

  @Get('steps/:stepId/reports')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: ReportListResponse })
  async listStepReports(@UuidParam('planId') planId: string, @UuidParam('stepId') stepId: string): Promise<ReportListResponse> {
    return { items: await this.reports.list(planId, { stepId }) };
  }

  /** Starts a draft report on a step for a period (the step's assignees, editors and owners). */
  @Post('steps/:stepId/reports')
  @PlanAccess('report.write')
  @ApiCreatedResponse({ type: ReportResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The step already has a report for the period (the current one is in `current`).' })
  createReport(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: CreateReportRequest,
  ): Promise<ReportResponse> {
    return this.reports.create(planId, stepId, request, user.id);
  }

  @Get('reports/:reportId')
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: ReportResponse })
  getReport(@UuidParam('planId') planId: string, @UuidParam('reportId') reportId: string): Promise<ReportResponse> {
    return this.reports.get(planId, reportId);
  }

  /** Edits a draft or returned report. */
  @Patch('reports/:reportId')
  @PlanAccess('report.write')
  @ApiOkResponse({ type: ReportResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'A stale version, or the report is submitted or approved (the current one is in `current`).' })
  updateReport(
    @UuidParam('planId') planId: string,
    @UuidParam('reportId') reportId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: UpdateReportRequest,
  ): Promise<ReportResponse> {
    return this.reports.update(planId, reportId, request, user.id);
  }

  @Post('reports/:reportId/submit')
  @HttpCode(200)
  @PlanAccess('report.write')
  @ApiOkResponse({ type: ReportResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'Only a draft or returned report can be submitted.' })
  submitReport(@UuidParam('planId') planId: string, @UuidParam('reportId') reportId: string, @CurrentUser() user: SessionUser): Promise<ReportResponse> {
    return this.reports.transition(planId, reportId, 'submit', user.id);
  }

  /** Approves a submitted report (owners and named reviewers): the step takes its status and progress, and the report is locked. */
  @Post('reports/:reportId/approve')
  @HttpCode(200)
  @PlanAccess('report.review')
  @ApiOkResponse({ type: ReportResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'Only a submitted report can be approved.' })
  approveReport(
    @UuidParam('planId') planId: string,
    @UuidParam('reportId') reportId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: ReviewReportRequest,
  ): Promise<ReportResponse> {
    return this.reports.transition(planId, reportId, 'approve', user.id, request.comment);
  }

  /** Returns a submitted report to its author with a comment saying what to change. */
  @Post('reports/:reportId/return')
  @HttpCode(200)
  @PlanAccess('report.review')
  @ApiOkResponse({ type: ReportResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'Only a submitted report can be returned.' })
  returnReport(
    @UuidParam('planId') planId: string,
    @UuidParam('reportId') reportId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: ReturnReportRequest,
  ): Promise<ReportResponse> {
    return this.reports.transition(planId, reportId, 'return', user.id, request.comment);
  }
}
