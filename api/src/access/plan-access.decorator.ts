import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import type { PlanPermission } from './plan-permissions.js';

export const PLAN_PERMISSION = 'planPermission';

/**
 * The permission a plan route needs. The AccessGuard refuses any route with a `:planId`
 * parameter that does not declare one, so a forgotten check fails closed.
 */
export const PlanAccess = (permission: PlanPermission) =>
  applyDecorators(
    SetMetadata(PLAN_PERMISSION, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorResponse, description: 'No valid bearer token.' }),
    ApiForbiddenResponse({ type: ErrorResponse, description: `Your role on this plan does not allow ${permission}.` }),
    ApiNotFoundResponse({ type: ErrorResponse, description: 'No such plan, or you are not a member of it.' }),
  );
