import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, invalidCredentials } from '../auth/auth.service.js';
import { passwordProblem } from '../auth/password-policy.js';
import { ApiException, badRequest, conflict, notFound } from '../common/errors/api-exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import type { Role } from '../plans/plan.entity.js';
import type { Language, User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  CreateInvitationRequest,
  CreatedInvitationResponse,
  InvitationPreviewResponse,
  InvitationResponse,
} from './dto/invitation.dto.js';
import { invitationMail } from './invitation-mail.js';
import { hashInvitationToken, INVITATION_TOKEN_PATTERN, newInvitationToken } from './invitation-token.js';
import { MembersService } from './members.service.js';

interface InvitationRow {
  id: string;
  plan_id: string;
  plan_title: string;
  email: string;
  role: Role;
  language: Language;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  inviter_id: string;
  inviter_name: string;
  inviter_email: string;
}

const SELECT_INVITATIONS = `
  SELECT i.id, i.plan_id, p.title AS plan_title, i.email, i.role, i.language, i.created_at, i.expires_at, i.accepted_at, i.revoked_at,
         u.id AS inviter_id, u.name AS inviter_name, u.email AS inviter_email
    FROM plan_invitations i JOIN plans p ON p.id = i.plan_id JOIN users u ON u.id = i.invited_by`;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async listPending(planId: string): Promise<InvitationResponse[]> {
    const rows = (await this.dataSource.query(
      `${SELECT_INVITATIONS} WHERE i.plan_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        ORDER BY i.created_at DESC`,
      [planId],
    )) as InvitationRow[];
    return rows.map(toInvitationResponse);
  }

  /** Creates the invitation (replacing an earlier pending one for the same email) and emails its link. */
  async invite(planId: string, request: CreateInvitationRequest, inviterId: string, origin: string): Promise<CreatedInvitationResponse> {
    const token = newInvitationToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      if (await this.members.isMember(manager, planId, request.email)) {
        throw conflict(`${request.email} is already a member of this plan.`, 'email');
      }
      await manager.query(
        `UPDATE plan_invitations SET revoked_at = now()
          WHERE plan_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL`,
        [planId, request.email],
      );
      const [{ id }] = await manager.query(
        `INSERT INTO plan_invitations (plan_id, email, role, token_hash, invited_by, expires_at, language)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6), coalesce($7, (SELECT language FROM users WHERE id = $5)))
         RETURNING id`,
        [planId, request.email, request.role, hashInvitationToken(token), inviterId, this.config.invitationLifetimeSeconds, request.language ?? null],
      );
      const row = await this.selectById(manager, id);
      await this.audit.record(manager, {
        planId,
        actorId: inviterId,
        entityType: 'invitation',
        entityId: id,
        entityLabel: request.email,
        action: 'create',
        before: null,
        after: { email: request.email, role: request.role, language: row.language },
      });
      return row;
    });
    const acceptUrl = `${this.config.publicUrl ?? origin}/invitations/${token}`;
    const emailSent = await this.mail.send(
      invitationMail(invitation.language, {
        to: invitation.email,
        inviterName: invitation.inviter_name,
        planTitle: invitation.plan_title,
        role: invitation.role,
        expiresAt: invitation.expires_at,
        acceptUrl,
      }),
    );
    return { ...toInvitationResponse(invitation), acceptUrl, emailSent };
  }

  async revoke(planId: string, invitationId: string, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const revoked = await manager.query(
        `UPDATE plan_invitations SET revoked_at = now()
          WHERE id = $1 AND plan_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING email, role`,
        [invitationId, planId],
      );
      const [row] = revoked[0] as { email: string; role: Role }[];
      if (!row) throw notFound('The pending invitation');
      await this.audit.record(manager, {
        planId,
        actorId,
        entityType: 'invitation',
        entityId: invitationId,
        entityLabel: row.email,
        action: 'delete',
        before: { email: row.email, role: row.role },
        after: null,
      });
    });
  }

  /** What the invitee sees before accepting. */
  async preview(token: string): Promise<InvitationPreviewResponse> {
    const invitation = await this.usable(this.dataSource.manager, token);
    return {
      planTitle: invitation.plan_title,
      email: invitation.email,
      role: invitation.role,
      invitedByName: invitation.inviter_name,
      language: invitation.language,
      expiresAt: invitation.expires_at.toISOString(),
      accountExists: (await this.users.findByEmail(invitation.email)) !== null,
    };
  }

  /**
   * Accepts once: creates the invitee's account (or checks the password of the existing one), adds
   * the membership and returns a session, all in one transaction.
   *
   * The invitation row is locked FOR UPDATE before anything else, and the password of an existing
   * account is checked while it is held. Parallel acceptances of one invitation (a double click) thus
   * queue on that row, and each one after the first finds it accepted: 409, with no password checked
   * and no failed sign-in counted. Checking the password before the lock, as we did, let a later
   * request find the account that an earlier one had just created and be judged as a sign-in to it.
   * A wrong password ends the transaction with only its failure written (committed, not rolled back),
   * under the same throttle as sign-in: an invitation link must not become a way to guess passwords.
   */
  async accept(token: string, request: AcceptInvitationRequest, ip: string): Promise<AcceptInvitationResponse> {
    // Refusals that need no lock (bad, unknown, used, withdrawn, expired) are answered without one.
    await this.usable(this.dataSource.manager, token);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.usable(manager, token, true);
      const existing = await this.users.findByEmail(invitation.email, manager);
      let user: User;
      if (existing) {
        const verified = await this.auth.verifyThrottledIn(manager, invitation.email, request.password, ip);
        if (!verified) return null;
        user = verified;
      } else {
        const problem = passwordProblem(request.password, invitation.email);
        if (problem) throw badRequest('password', problem);
        user = await this.users.create({ email: invitation.email, name: request.name, password: request.password, language: invitation.language }, manager);
      }
      await this.members.add(manager, invitation.plan_id, user.id, invitation.role);
      await manager.query(`UPDATE plan_invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [invitation.id, user.id]);
      await this.audit.record(manager, {
        planId: invitation.plan_id,
        actorId: user.id,
        entityType: 'member',
        entityId: user.id,
        entityLabel: user.name,
        action: 'create',
        before: null,
        after: { role: invitation.role, email: invitation.email },
      });
      return { planId: invitation.plan_id, user };
    });
    if (!outcome) throw invalidCredentials();
    return { planId: outcome.planId, session: await this.auth.sessionFor(outcome.user) };
  }

  /** The invitation behind a token, if it can still be accepted; a clear refusal otherwise. */
  private async usable(manager: EntityManager, token: string, lock = false): Promise<InvitationRow> {
    if (!INVITATION_TOKEN_PATTERN.test(token)) throw badRequest('token', 'token is not an invitation link token');
    const [row] = (await manager.query(
      `${SELECT_INVITATIONS} WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hashInvitationToken(token)],
    )) as InvitationRow[];
    if (!row) throw notFound('This invitation');
    if (row.accepted_at) throw conflict('This invitation has already been accepted; sign in instead.', 'token');
    if (row.revoked_at) throw new ApiException(HttpStatus.GONE, 'This invitation was withdrawn; ask the plan owner for a new one.');
    if (row.expires_at.getTime() <= Date.now()) {
      throw new ApiException(HttpStatus.GONE, 'This invitation has expired; ask the plan owner for a new one.');
    }
    return row;
  }

  private async selectById(manager: EntityManager, id: string): Promise<InvitationRow> {
    const [row] = (await manager.query(`${SELECT_INVITATIONS} WHERE i.id = $1`, [id])) as InvitationRow[];
    return row;
  }
}

function toInvitationResponse(row: InvitationRow): InvitationResponse {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    language: row.language,
    invitedBy: { id: row.inviter_id, name: row.inviter_name, email: row.inviter_email },
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}
