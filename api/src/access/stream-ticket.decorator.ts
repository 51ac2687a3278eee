import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';

export const STREAM_TICKET_ALLOWED = 'streamTicketAllowed';

/**
 * The browser's EventSource cannot send an Authorization header, so this route also accepts a
 * short-lived stream ticket for the same plan in `?ticket=` (POST …/events/tickets issues one).
 */
export const AllowStreamTicket = () =>
  applyDecorators(
    SetMetadata(STREAM_TICKET_ALLOWED, true),
    ApiQuery({ name: 'ticket', required: false, description: 'A stream ticket, instead of the Authorization header.' }),
  );
