import { ApiProperty } from '@nestjs/swagger';
import { STEP_STATUSES, type StepStatus } from '../../steps/step.constants.js';
import { UserSummary } from '../../users/dto/user.dto.js';
import { REPORTING_CADENCES, type ReportingCadence } from '../periods.js';
import { EvidenceLink, REPORT_STATES, type ReportState } from './report-request.dto.js';

export class EvidenceFileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The sanitised file name it is downloaded under.' }) fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex.' }) sha256: string;
  @ApiProperty({ type: UserSummary }) uploadedBy: UserSummary;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export class ReportStepSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', nullable: true }) catalogueKey: string | null;
  @ApiProperty() title: string;
}

export class ReportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ReportStepSummary }) step: ReportStepSummary;
  @ApiProperty({ example: '2027-Q1' }) period: string;
  @ApiProperty({ enum: REPORT_STATES, enumName: 'ReportState' }) state: ReportState;
  @ApiProperty({ enum: STEP_STATUSES, enumName: 'StepStatus' }) status: StepStatus;
  @ApiProperty({ type: 'integer' }) progress: number;
  @ApiProperty() narrative: string;
  @ApiProperty() blockers: string;
  @ApiProperty() nextSteps: string;
  @ApiProperty({ type: [EvidenceLink] }) links: EvidenceLink[];
  @ApiProperty({ type: [EvidenceFileResponse] }) files: EvidenceFileResponse[];
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'The approved report this one corrects.' }) correctsId: string | null;
  @ApiProperty({ type: UserSummary }) author: UserSummary;
  @ApiProperty({ type: UserSummary, nullable: true }) submittedBy: UserSummary | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: UserSummary, nullable: true }) reviewedBy: UserSummary | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The reviewer’s note: why it was returned, or a remark on approval.' })
  reviewComment: string | null;
  @ApiProperty({ description: 'Approved reports are locked: nobody can change them; a correction is a new report.' }) locked: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class ReportListResponse {
  @ApiProperty({ type: [ReportResponse] }) items: ReportResponse[];
}

export const REPORTING_STATES = ['missing', ...REPORT_STATES] as const;
export type ReportingState = (typeof REPORTING_STATES)[number];

export class StepReportingStatus {
  @ApiProperty({ type: ReportStepSummary }) step: ReportStepSummary;
  @ApiProperty({ type: [UserSummary] }) assignees: UserSummary[];
  @ApiProperty({ enum: REPORTING_STATES, enumName: 'ReportingState', description: 'Where the step’s report for the period stands; missing when none was started.' })
  state: ReportingState;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) reportId: string | null;
}

export class ReportingStatusResponse {
  @ApiProperty({ example: '2027-Q1' }) period: string;
  @ApiProperty({ enum: REPORTING_CADENCES, enumName: 'ReportingCadence' }) cadence: ReportingCadence;
  @ApiProperty({ type: [StepReportingStatus], description: 'Every step that is not cancelled, in the plan’s order.' }) items: StepReportingStatus[];
  @ApiProperty({ description: 'How many steps are in each state.', example: { missing: 40, draft: 3, submitted: 2, returned: 1, approved: 11 } })
  counts: Record<ReportingState, number>;
}
