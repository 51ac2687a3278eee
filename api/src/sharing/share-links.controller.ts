import { Body, Controller, Delete, Get, Inject, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CreatedShareLinkResponse, CreateShareLinkRequest, ShareLinkListResponse, ShareLinkResponse } from './dto/share-link.dto.js';
import { SharingService } from './sharing.service.js';

@ApiTags('sharing')
@Controller('plans/:planId/share-links')
export class ShareLinksController {
  constructor(
    private readonly sharing: SharingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @PlanAccess('share.manage')
  @ApiOperation({ summary: 'The plan’s share links', description: 'Active, expired and revoked, with how often and when each was last opened.' })
  @ApiOkResponse({ type: ShareLinkListResponse })
  async listShareLinks(@UuidParam('planId') planId: string): Promise<ShareLinkListResponse> {
    return { items: await this.sharing.list(planId) };
  }

  @Post()
  @PlanAccess('share.manage')
  @ApiOperation({ summary: 'Create a read-only link', description: 'The answer carries the link’s secret once; only its hash is kept.' })
  @ApiCreatedResponse({ type: CreatedShareLinkResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  createShareLink(
    @UuidParam('planId') planId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: CreateShareLinkRequest,
    @Req() http: Request,
  ): Promise<CreatedShareLinkResponse> {
    return this.sharing.create(planId, request, user.id, this.config.publicUrl ?? `${http.protocol}://${http.get('host')}`);
  }

  @Delete(':linkId')
  @PlanAccess('share.manage')
  @ApiOperation({ summary: 'Revoke a link', description: 'It stops working at once; the link stays listed as revoked.' })
  @ApiOkResponse({ type: ShareLinkResponse })
  revokeShareLink(@UuidParam('planId') planId: string, @UuidParam('linkId') linkId: string, @CurrentUser() user: SessionUser): Promise<ShareLinkResponse> {
    return this.sharing.revoke(planId, linkId, user.id);
  }
}
