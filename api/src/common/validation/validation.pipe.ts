import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiException } from '../errors/api-exception.js';
import type { FieldError } from '../errors/error-response.dto.js';

/**
 * Whitelisting + forbidding unknown fields + transforming to DTO classes, with every failure
 * reported as `{field, message}` so a client can put the message next to the right input.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      const message = fieldErrors.map((error) => error.message).join('; ') || 'The request is not valid.';
      return new ApiException(HttpStatus.BAD_REQUEST, message, fieldErrors);
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // Two rules of one field may share a message (say IsInt and Min): say it once.
    const messages = new Set(Object.values(error.constraints ?? {}).map((text) => text.replace(/^property (\S+) should not exist$/, `$1 is not a known field`)));
    const own = [...messages].map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
