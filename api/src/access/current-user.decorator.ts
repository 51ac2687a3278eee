import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '../plans/plan.entity.js';
import type { PlanMembership } from './my-permissions.js';

export interface SessionUser {
  id: string;
  email: string;
  sessionId: string;
}

export type AuthenticatedRequest = Request & { user?: SessionUser; planRole?: Role; planMembership?: PlanMembership; planId?: string };

/** The signed-in user, put on the request by the AccessGuard. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser => context.switchToHttp().getRequest<AuthenticatedRequest>().user!,
);

/** The caller's role on the plan of the route, put on the request by the AccessGuard. */
export const PlanRole = createParamDecorator(
  (_: unknown, context: ExecutionContext): Role => context.switchToHttp().getRequest<AuthenticatedRequest>().planRole!,
);

/** The caller's role, reviewer flag and the plan's archived state, as the AccessGuard found them. */
export const CallerMembership = createParamDecorator(
  (_: unknown, context: ExecutionContext): PlanMembership => context.switchToHttp().getRequest<AuthenticatedRequest>().planMembership!,
);

/**
 * The plan the route acts on, found by the AccessGuard: the :planId parameter, or the plan of the
 * thing the route names (an indicator, say) when the route has no :planId.
 */
export const AuthorisedPlanId = createParamDecorator(
  (_: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<AuthenticatedRequest>().planId!,
);
