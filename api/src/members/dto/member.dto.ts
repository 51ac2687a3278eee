import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OrganisationResponse } from '../../organisations/dto/organisation.dto.js';
import { ROLES, type Role } from '../../plans/plan.entity.js';

export class MemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The member’s user id (the memberId of the member routes).' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: OrganisationResponse, nullable: true }) organisation: OrganisationResponse | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class MemberListResponse {
  @ApiProperty({ type: [MemberResponse] }) items: MemberResponse[];
}

export class ChangeRoleRequest {
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;
}
