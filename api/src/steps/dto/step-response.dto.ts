import { ApiProperty } from '@nestjs/swagger';
import { PLAN_PERMISSIONS, type PlanPermission } from '../../access/plan-permissions.js';
import { AREA_KEYS, type AreaKey } from '../../catalogue/area-keys.js';
import { PRINCIPLES, type Principle } from '../../catalogue/catalogue-v1.data.js';
import { ErrorResponse } from '../../common/errors/error-response.dto.js';
import { OrganisationResponse } from '../../organisations/dto/organisation.dto.js';
import { UserSummary } from '../../users/dto/user.dto.js';
import { PRIORITIES, STEP_STATUSES, type Priority, type StepStatus } from '../step.constants.js';

export class StepResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey' }) area: AreaKey;
  @ApiProperty({ type: 'string', nullable: true, example: 'LAW-02', description: 'The catalogue step it came from; null for a custom step.' })
  catalogueKey: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) catalogueVersion: number | null;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: STEP_STATUSES, enumName: 'StepStatus' }) status: StepStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) dueDate: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) leadOrganisationId: string | null;
  @ApiProperty({ type: OrganisationResponse, nullable: true, description: 'The organisation leading the step.' })
  leadOrganisation: OrganisationResponse | null;
  @ApiProperty({ type: [String], format: 'uuid' }) assigneeIds: string[];
  @ApiProperty({ type: [UserSummary] }) assignees: UserSummary[];
  @ApiProperty({ enum: PRIORITIES, enumName: 'Priority' }) priority: Priority;
  @ApiProperty({ enum: PRINCIPLES, enumName: 'Principle', isArray: true }) principles: Principle[];
  @ApiProperty({ type: [String], format: 'uuid' }) dependsOn: string[];
  @ApiProperty({ description: 'Past its due date and neither done nor cancelled.' }) overdue: boolean;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({
    enum: PLAN_PERMISSIONS,
    enumName: 'PlanPermission',
    isArray: true,
    description: 'What you may do on this step now, its reports and comments included.',
  })
  myPermissions: PlanPermission[];
}

export class StepListResponse {
  @ApiProperty({ type: [StepResponse] }) items: StepResponse[];
  @ApiProperty({ type: 'integer', description: 'Steps matching the filters, across all pages.' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

/** 409 on a stale PATCH: the error plus the step as it is now. */
export class StepConflictResponse extends ErrorResponse {
  @ApiProperty({ type: StepResponse }) current: StepResponse;
}
