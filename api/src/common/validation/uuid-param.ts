import { Param, ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from '../errors/api-exception.js';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => badRequest(name, `${name} must be a UUID`) }));
