import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.dto.js';

export const OWNER_OF_ANY_PLAN = 'ownerOfAnyPlan';

/** Account-level actions reserved for people who own at least one plan (adding organisations). */
export const OwnerOfAnyPlan = () =>
  applyDecorators(
    SetMetadata(OWNER_OF_ANY_PLAN, true),
    ApiForbiddenResponse({ type: ErrorResponse, description: 'Only plan owners may do this.' }),
  );
