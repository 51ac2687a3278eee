import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { ChangeRoleRequest, MemberListResponse, MemberResponse } from './dto/member.dto.js';
import { MembersService } from './members.service.js';

@ApiTags('members')
@Controller('plans/:planId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  /** Everyone on the plan with their role and organisation. */
  @Get()
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: MemberListResponse })
  async listMembers(@UuidParam('planId') planId: string): Promise<MemberListResponse> {
    return { items: await this.members.list(planId) };
  }

  @Patch(':memberId')
  @PlanAccess('members.manage')
  @ApiOkResponse({ type: MemberResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: 'The membership changed since the version sent (the current one is in `current`), or the plan would be left without an owner.',
  })
  changeMemberRole(
    @UuidParam('planId') planId: string,
    @UuidParam('memberId') memberId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: ChangeRoleRequest,
  ): Promise<MemberResponse> {
    return this.members.changeRole(planId, memberId, request, user.id);
  }

  @Delete(':memberId')
  @HttpCode(204)
  @PlanAccess('members.manage')
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorResponse, description: 'The last owner cannot be removed.' })
  removeMember(@UuidParam('planId') planId: string, @UuidParam('memberId') memberId: string, @CurrentUser() user: SessionUser): Promise<void> {
    return this.members.remove(planId, memberId, user.id);
  }
}
