import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { PortfolioQuery, PortfolioResponse } from './dto/portfolio.dto.js';
import { PortfolioService } from './portfolio.service.js';

@ApiTags('portfolio')
@Controller('portfolio')
export class PortfolioController {
  constructor(private readonly portfolios: PortfolioService) {}

  @Get()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Your plans side by side',
    description: 'Each plan you are a member of with its progress, overdue steps, this period’s reporting, indicators and budget, and what your organisation funds in it.',
  })
  @ApiOkResponse({ type: PortfolioResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  getPortfolio(@CurrentUser() user: SessionUser, @Query() query: PortfolioQuery): Promise<PortfolioResponse> {
    return this.portfolios.portfolio(user.id, query);
  }
}
