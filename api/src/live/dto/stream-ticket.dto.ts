import { ApiProperty } from '@nestjs/swagger';

export class StreamTicketResponse {
  @ApiProperty({ description: 'Pass as ?ticket= to GET /plans/:planId/events within a minute.' }) ticket: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
