import { Controller, Delete, Get, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiProduces, ApiResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { ReportResponse } from './dto/report-response.dto.js';
import { attachmentHeader } from './evidence-files.js';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor.js';
import { EvidenceService, type UploadedEvidence } from './evidence.service.js';

@ApiTags('reports')
@Controller('plans/:planId/reports/:reportId/files')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** Attaches a file (PDF, image, office document or CSV, up to EVIDENCE_MAX_MB) to a draft or returned report. */
  @Post()
  @PlanAccess('report.write')
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: ReportResponse, description: 'The report with the file added.' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'No file, a type not accepted, or content not matching its type.' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The report is submitted or approved.' })
  @ApiResponse({ status: 507, type: ErrorResponse, description: 'The evidence store is full; nothing was saved.' })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'The evidence store failed for another reason; nothing was saved. Retry-After says when to try again.' })
  uploadEvidence(
    @UuidParam('planId') planId: string,
    @UuidParam('reportId') reportId: string,
    @CurrentUser() user: SessionUser,
    @UploadedFile() file: UploadedEvidence | undefined,
  ): Promise<ReportResponse> {
    return this.evidence.add(planId, reportId, file, user.id);
  }

  /** Downloads a file; members only, always as an attachment. */
  @Get(':fileId')
  @PlanAccess('plan.read')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, with its content type and name.', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async downloadEvidence(
    @UuidParam('planId') planId: string,
    @UuidParam('reportId') reportId: string,
    @UuidParam('fileId') fileId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, content } = await this.evidence.open(planId, reportId, fileId);
    response.setHeader('Content-Disposition', attachmentHeader(file.file_name));
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content, { type: file.content_type, length: file.size_bytes });
  }

  @Delete(':fileId')
  @PlanAccess('report.write')
  @ApiOkResponse({ type: ReportResponse, description: 'The report without the file.' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The report is submitted or approved.' })
  removeEvidence(
    @UuidParam('planId') planId: string,
    @UuidParam('reportId') reportId: string,
    @UuidParam('fileId') fileId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ReportResponse> {
    return this.evidence.remove(planId, reportId, fileId, user.id);
  }
}
