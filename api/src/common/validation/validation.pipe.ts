import { HttpStatus, ValidationError, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { ApiException } from '../errors/api-exception.js';
import type { FieldError } from '../errors/error-response.dto.js';
import { assertCleanText } from './clean-text.js';
import { NOT_NULL } from './optional.js';

/**
 * The global pipe: first refuses text PostgreSQL cannot store (U+0000, lone surrogates) in any
 * body or query string, naming the field; then class-validator's rules.
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Path parameters are ids (checked as UUIDs) or tokens (only ever hashed, and a bad one is the same 404 as a wrong one).
    if (metadata.type === 'body' || metadata.type === 'query') assertCleanText(value, metadata.data);
    return super.transform(value, metadata);
  }
}

/**
 * Whitelisting + forbidding unknown fields + transforming to DTO classes, with every failure
 * reported as `{field, message}` so a client can put the message next to the right input.
 */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
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
    // A null where null is not allowed is said once, without the other rules' complaints about it.
    const constraints = error.constraints?.[NOT_NULL] ? { [NOT_NULL]: error.constraints[NOT_NULL] } : (error.constraints ?? {});
    const messages = new Set(Object.values(constraints).map((text) => text.replace(/^property (\S+) should not exist$/, `$1 is not a known field`)));
    const own = [...messages].map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
