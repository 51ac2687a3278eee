import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CatalogueService } from './catalogue.service.js';
import { CatalogueResponse } from './dto/catalogue.dto.js';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  /** The latest catalogue version: areas in the guidance's order, each with its action steps. */
  @Get()
  @ApiOkResponse({ type: CatalogueResponse })
  getCatalogue(): Promise<CatalogueResponse> {
    return this.catalogue.getCatalogue();
  }
}
