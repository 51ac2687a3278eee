import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { OrganisationResponse } from '../../organisations/dto/organisation.dto.js';
import { ROLES, type Role } from '../../plans/plan.entity.js';

export class MemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The member’s user id (the memberId of the member routes).' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: OrganisationResponse, nullable: true }) organisation: OrganisationResponse | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ type: 'integer', description: 'Goes up with every role change; send it back to change the role.' }) version: number;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class MemberListResponse {
  @ApiProperty({ type: [MemberResponse] }) items: MemberResponse[];
}

export class ChangeRoleRequest {
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ type: 'integer', description: 'The membership version this change is based on; a stale one gets 409 with the current membership.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version: number;
}
