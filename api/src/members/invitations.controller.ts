import { Body, Controller, Delete, Get, HttpCode, Ip, Param, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiGoneResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { PublicRateLimit } from '../access/public-rate-limit.decorator.js';
import { Public } from '../access/public.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  CreatedInvitationResponse,
  CreateInvitationRequest,
  InvitationListResponse,
  InvitationPreviewResponse,
} from './dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('members')
@Controller('plans/:planId/invitations')
export class PlanInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Invitations not yet accepted, withdrawn or expired. */
  @Get()
  @PlanAccess('members.manage')
  @ApiOkResponse({ type: InvitationListResponse })
  async listInvitations(@UuidParam('planId') planId: string): Promise<InvitationListResponse> {
    return { items: await this.invitations.listPending(planId) };
  }

  /** Invites someone by email with a role; the answer carries the link, which is also emailed. */
  @Post()
  @PlanAccess('members.manage')
  @ApiCreatedResponse({ type: CreatedInvitationResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'That person is already a member.' })
  createInvitation(
    @UuidParam('planId') planId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: CreateInvitationRequest,
    @Req() http: Request,
  ): Promise<CreatedInvitationResponse> {
    return this.invitations.invite(planId, request, user.id, `${http.protocol}://${http.get('host')}`);
  }

  @Delete(':invitationId')
  @HttpCode(204)
  @PlanAccess('members.manage')
  @ApiNoContentResponse()
  revokeInvitation(@UuidParam('planId') planId: string, @UuidParam('invitationId') invitationId: string, @CurrentUser() user: SessionUser): Promise<void> {
    return this.invitations.revoke(planId, invitationId, user.id);
  }
}

@ApiTags('members')
@Controller('invitations/:token')
export class InvitationAcceptanceController {
  constructor(private readonly invitations: InvitationsService) {}

  /** What an invitation link offers, for the acceptance page. Limited per address, so tokens cannot be tried in bulk. */
  @Public()
  @PublicRateLimit()
  @Get()
  @ApiOkResponse({ type: InvitationPreviewResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'Already accepted.' })
  @ApiGoneResponse({ type: ErrorResponse, description: 'Expired or withdrawn.' })
  previewInvitation(@Param('token') token: string): Promise<InvitationPreviewResponse> {
    return this.invitations.preview(token);
  }

  /** Accepts the invitation: creates the account (or uses the existing one) and signs in. */
  @Public()
  @PublicRateLimit()
  @Post('accept')
  @ApiCreatedResponse({ type: AcceptInvitationResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'No invitation has this token.' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'Already accepted.' })
  @ApiGoneResponse({ type: ErrorResponse, description: 'Expired or withdrawn.' })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'The email has an account and this is not its password.' })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'Too many wrong passwords; see Retry-After.' })
  acceptInvitation(@Param('token') token: string, @Body() request: AcceptInvitationRequest, @Ip() ip: string): Promise<AcceptInvitationResponse> {
    return this.invitations.accept(token, request, ip);
  }
}
