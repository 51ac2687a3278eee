import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, Min } from 'class-validator';
import { OrganisationResponse } from '../../organisations/dto/organisation.dto.js';
import { ROLES, type Role } from '../../plans/plan.entity.js';
import { IsOmittable } from '../../common/validation/optional.js';

export class MemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The member’s user id (the memberId of the member routes).' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: OrganisationResponse, nullable: true }) organisation: OrganisationResponse | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ description: 'Named by an owner to approve or return progress reports, whatever the role.' }) reviewer: boolean;
  @ApiProperty({ type: 'integer', description: 'Goes up with every change of role or reviewer; send it back to change them.' }) version: number;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class MemberListResponse {
  @ApiProperty({ type: [MemberResponse] }) items: MemberResponse[];
}

export class ChangeRoleRequest {
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ description: 'Name (true) or un-name (false) the member as a reviewer of progress reports; unchanged when left out.' })
  @IsOmittable()
  @IsBoolean({ message: 'reviewer must be true or false' })
  reviewer?: boolean;

  @ApiProperty({ type: 'integer', description: 'The membership version this change is based on; a stale one gets 409 with the current membership.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version: number;
}
