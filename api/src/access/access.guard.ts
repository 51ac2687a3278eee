import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ApiException, badRequest, conflict, forbidden, notFound } from '../common/errors/api-exception.js';
import type { TokenClaims } from '../auth/auth.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { PlanStatus, Role } from '../plans/plan.entity.js';
import type { AuthenticatedRequest } from './current-user.decorator.js';
import { PLAN_PERMISSION } from './plan-access.decorator.js';
import { CONTRIBUTOR_LIMITED, REVIEWER_PERMISSIONS, ROLE_PERMISSIONS, WRITE_PERMISSIONS, type PlanPermission } from './plan-permissions.js';
import { OWNER_OF_ANY_PLAN } from './owner-of-any-plan.decorator.js';
import { IS_PUBLIC } from './public.decorator.js';
import { STREAM_TICKET_ALLOWED } from './stream-ticket.decorator.js';

/**
 * The one policy layer, global: every route needs a valid bearer token unless @Public(), and
 * every plan route needs the permission its @PlanAccess() names for the caller's role.
 * A non-member learns nothing about the plan (404); a member without the right gets 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const ticket = this.reflector.getAllAndOverride<boolean>(STREAM_TICKET_ALLOWED, targets) ? request.query?.ticket : undefined;
    request.user =
      typeof ticket === 'string' && !request.headers.authorization
        ? await this.authenticateTicket(ticket, String(request.params?.planId ?? ''))
        : await this.authenticate(request.headers.authorization);

    if (this.reflector.getAllAndOverride<boolean>(OWNER_OF_ANY_PLAN, targets)) {
      const owned = await this.dataSource.query(`SELECT 1 FROM plan_members WHERE user_id = $1 AND role = 'owner' LIMIT 1`, [request.user.id]);
      if (owned.length === 0) throw forbidden('Only plan owners may do this.');
    }
    const permission = this.reflector.getAllAndOverride<PlanPermission | undefined>(PLAN_PERMISSION, targets);
    if (!permission) {
      if (planScoped(request.params ?? {})) {
        this.logger.error(`${request.method} ${request.route?.path} has :planId but no @PlanAccess(); refused.`);
        throw forbidden('This route has no access rule and is refused.');
      }
      return true;
    }
    await this.authorise(request, permission);
    return true;
  }

  private async authenticate(header: string | undefined) {
    const [scheme, token] = (header ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw unauthorised('Sign in first: this request has no bearer token.');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw unauthorised('Your session has expired or is not valid; sign in again.');
    }
    if (claims.purpose === 'stream') throw unauthorised('A stream ticket only opens the live-update stream.');
    return this.activeSession(claims);
  }

  private async authenticateTicket(ticket: string, planId: string | undefined) {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(ticket);
    } catch {
      throw unauthorised('The stream ticket has expired or is not valid; ask for a new one.');
    }
    if (claims.purpose !== 'stream' || claims.planId !== planId) throw unauthorised('The stream ticket is not for this plan.');
    return this.activeSession(claims);
  }

  private async activeSession(claims: TokenClaims) {
    if (!claims.sid || !(await this.sessions.isActive(claims.sid))) {
      throw unauthorised('You have signed out of this session; sign in again.');
    }
    return { id: claims.sub, email: claims.email, sessionId: claims.sid };
  }

  private async authorise(request: AuthenticatedRequest, permission: PlanPermission): Promise<void> {
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const planId = params.planId ?? (await this.planThrough(params));
    if (!planId || !isUUID(planId)) throw badRequest('planId', 'planId must be a UUID');
    const userId = request.user!.id;
    const [membership] = (await this.dataSource.query(
      `SELECT m.role, m.reviewer, p.status FROM plan_members m JOIN plans p ON p.id = m.plan_id WHERE m.plan_id = $1 AND m.user_id = $2`,
      [planId, userId],
    )) as { role: Role; reviewer: boolean; status: PlanStatus }[];
    if (!membership) throw notFound('The plan');
    const asReviewer = membership.reviewer && REVIEWER_PERMISSIONS.has(permission);
    if (!ROLE_PERMISSIONS[membership.role].has(permission) && !asReviewer) {
      throw forbidden(`Your role on this plan (${membership.role}) does not allow this change.`);
    }
    if (membership.role === 'contributor' && CONTRIBUTOR_LIMITED.has(permission)) {
      const stepId = params.stepId ?? (await this.stepThrough(params, planId));
      if (!stepId || !isUUID(stepId)) throw badRequest('stepId', 'stepId must be a UUID');
      const assigned = await this.dataSource.query(
        `SELECT 1 FROM step_assignees a JOIN steps s ON s.id = a.step_id WHERE a.step_id = $1 AND a.user_id = $2 AND s.plan_id = $3`,
        [stepId, userId, planId],
      );
      if (assigned.length === 0) throw forbidden('Contributors can change only the steps assigned to them.');
    }
    if (membership.status === 'archived' && WRITE_PERMISSIONS.has(permission)) {
      throw conflict('This plan is archived and can no longer be changed.', 'planId');
    }
    request.planRole = membership.role;
    request.planMembership = { role: membership.role, reviewer: membership.reviewer, archived: membership.status === 'archived' };
    request.planId = planId;
  }

  /** The plan of a route addressed by one of the plan's things rather than by :planId. */
  private async planThrough(params: Record<string, string | undefined>): Promise<string | undefined> {
    for (const [param, { label, sql }] of Object.entries(PLAN_THROUGH)) {
      const id = params[param];
      if (id === undefined) continue;
      if (!isUUID(id)) throw badRequest(param, `${param} must be a UUID`);
      const [row] = (await this.dataSource.query(sql, [id])) as { id: string }[];
      if (!row) throw notFound(label);
      return row.id;
    }
    return undefined;
  }

  /** The step of a route addressed by one of the step's things, for the contributors' limit. */
  private async stepThrough(params: Record<string, string | undefined>, planId: string): Promise<string | undefined> {
    for (const [param, { label, sql }] of Object.entries(STEP_THROUGH)) {
      const id = params[param];
      if (id === undefined) continue;
      if (!isUUID(id)) throw badRequest(param, `${param} must be a UUID`);
      const [row] = (await this.dataSource.query(sql, [id, planId])) as { id: string }[];
      if (!row) throw notFound(label);
      return row.id;
    }
    return undefined;
  }
}

/** Route parameters that name something belonging to a plan, and how to find that plan. */
const PLAN_THROUGH: Record<string, { label: string; sql: string }> = {
  indicatorId: { label: 'The indicator', sql: `SELECT plan_id AS id FROM indicators WHERE id = $1` },
};

/** Route parameters that name something belonging to a step (within the plan), and how to find that step. */
const STEP_THROUGH: Record<string, { label: string; sql: string }> = {
  reportId: { label: 'The report', sql: `SELECT step_id AS id FROM step_reports WHERE id = $1 AND plan_id = $2` },
};

/** Whether a route belongs to a plan, and so must declare a @PlanAccess() permission. */
const planScoped = (params: object) => 'planId' in params || Object.keys(PLAN_THROUGH).some((param) => param in params);

const unauthorised = (message: string) =>
  new ApiException(HttpStatus.UNAUTHORIZED, message, [{ field: 'authorization', message }]);
