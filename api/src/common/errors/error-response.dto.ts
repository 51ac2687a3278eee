import { ApiProperty } from '@nestjs/swagger';

export class FieldError {
  @ApiProperty({ description: 'The request field at fault, as a dotted path (`body`, `query.page`, `dueDate`, `assigneeIds.0`…).', example: 'dueDate' })
  field: string;

  @ApiProperty({ example: 'dueDate must not be before startDate' })
  message: string;
}

/** The one error shape of the whole API. */
export class ErrorResponse {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'The request is not valid.' })
  message: string;

  @ApiProperty({ type: [FieldError] })
  errors: FieldError[];
}
