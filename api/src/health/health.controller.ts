import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/public.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { ReadinessService } from './readiness.service.js';

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ready'] }) status: 'ready';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness', description: 'Answers while the process runs, whatever its database does (restart it only when this fails).' })
  @ApiOkResponse({ type: HealthResponse })
  getHealth(): HealthResponse {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @ApiOperation({
    summary: 'Readiness',
    description: 'Whether to send this process requests: the database answers, every migration is applied, the evidence store takes a file. 503 with Retry-After names each failing check.',
  })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'Not ready: `errors` names the failing checks (database, migrations, evidenceStore).' })
  async getReadiness(): Promise<ReadinessResponse> {
    await this.readiness.assertReady();
    return { status: 'ready' };
  }
}
