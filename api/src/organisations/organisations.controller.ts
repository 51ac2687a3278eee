import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { OwnerOfAnyPlan } from '../access/owner-of-any-plan.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { CreateOrganisationRequest, OrganisationListResponse, OrganisationResponse, toOrganisationResponse } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Every organisation, for pickers (lead organisation, a user's organisation, funders). */
  @Get()
  @ApiOkResponse({ type: OrganisationListResponse })
  async listOrganisations(): Promise<OrganisationListResponse> {
    return { items: (await this.organisations.list()).map(toOrganisationResponse) };
  }

  @Post()
  @OwnerOfAnyPlan()
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'An organisation of that name exists.' })
  async createOrganisation(@CurrentUser() user: SessionUser, @Body() request: CreateOrganisationRequest): Promise<OrganisationResponse> {
    return toOrganisationResponse(await this.organisations.create(request, user.id));
  }
}
