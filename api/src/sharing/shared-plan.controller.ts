import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicRateLimit } from '../access/public-rate-limit.decorator.js';
import { Public } from '../access/public.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { SharedPlanQuery, SharedPlanResponse } from './dto/shared-plan.dto.js';
import { SharingService } from './sharing.service.js';

@ApiTags('sharing')
@Controller('share/:token')
export class SharedPlanController {
  constructor(private readonly sharing: SharingService) {}

  @Get()
  @Public()
  @PublicRateLimit()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'A plan through a share link (no account)',
    description: 'The dashboard’s figures as the link’s tier allows. 404 for a malformed, unknown, expired or revoked token.',
  })
  @ApiOkResponse({ type: SharedPlanResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  getSharedPlan(@Param('token') token: string, @Query() query: SharedPlanQuery): Promise<SharedPlanResponse> {
    return this.sharing.open(token, query);
  }
}
