import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashSecretToken, newSecretToken, sameHash, SECRET_TOKEN_PATTERN } from '../access/secret-token.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiException, badRequest, notFound } from '../common/errors/api-exception.js';
import { todayIso } from '../common/validation/iso-date.js';
import { selectDashboardFigures } from '../dashboard/dashboard.service.js';
import { readSnapshot } from '../dashboard/plan-snapshot.js';
import { MAX_SHARE_LINK_DAYS, type CreatedShareLinkResponse, type CreateShareLinkRequest, type ShareLinkResponse } from './dto/share-link.dto.js';
import { SHARED_PAGE_SIZE, type SharedPlanQuery, type SharedPlanResponse } from './dto/shared-plan.dto.js';
import { selectShareLink, selectShareLinks, toShareLinkResponse } from './share-link.query.js';
import { selectSharedBudgetLines, selectSharedReports, selectSharedSteps, sharedBudget } from './shared-plan.query.js';

const DAY_MS = 86_400_000;

/** What a public link shows of the budget lines: none. */
const NO_LINES = { items: [], total: 0, page: 1, pageSize: SHARED_PAGE_SIZE };

/** Read-only links to a plan for people without an account, and what each link shows. */
@Injectable()
export class SharingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(planId: string): Promise<ShareLinkResponse[]> {
    return selectShareLinks(this.dataSource.manager, planId);
  }

  async create(planId: string, request: CreateShareLinkRequest, actorId: string, origin: string): Promise<CreatedShareLinkResponse> {
    const showNames = request.showNames ?? false;
    if (showNames && request.tier !== 'donor') throw badRequest('showNames', 'showNames can be true only on a donor link');
    const expiresAt = request.expiresOn ? endOfDay(request.expiresOn) : null;
    const token = newSecretToken();
    const link = await this.dataSource.transaction(async (manager) => {
      const [{ id }] = (await manager.query(
        `INSERT INTO share_links (plan_id, name, tier, show_names, token_hash, created_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [planId, request.name, request.tier, showNames, hashSecretToken(token), actorId, expiresAt],
      )) as { id: string }[];
      await this.audit.record(manager, {
        planId,
        actorId,
        entityType: 'share_link',
        entityId: id,
        entityLabel: request.name,
        action: 'create',
        before: null,
        after: { name: request.name, tier: request.tier, showNames, expiresAt: expiresAt?.toISOString() ?? null },
      });
      return (await selectShareLink(manager, planId, id))!;
    });
    return { ...toShareLinkResponse(link), token, url: `${origin}/share/${token}` };
  }

  /** Revokes the link at once: from this moment its page answers 404. Revoking twice changes nothing. */
  async revoke(planId: string, linkId: string, actorId: string): Promise<ShareLinkResponse> {
    return this.dataSource.transaction(async (manager) => {
      const link = await selectShareLink(manager, planId, linkId);
      if (!link) throw notFound('The share link');
      // The WHERE makes a second revocation at the same moment a no-op, audited once.
      const [revoked] = (await manager.query(
        `UPDATE share_links SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
        [linkId, actorId],
      )) as [unknown[], number];
      if (revoked.length === 0) return toShareLinkResponse((await selectShareLink(manager, planId, linkId))!);
      await this.audit.record(manager, {
        planId,
        actorId,
        entityType: 'share_link',
        entityId: linkId,
        entityLabel: link.name,
        action: 'delete',
        before: { name: link.name, tier: link.tier, showNames: link.show_names },
        after: null,
      });
      return toShareLinkResponse((await selectShareLink(manager, planId, linkId))!);
    });
  }

  /**
   * The plan as the link's tier shows it. A malformed, unknown, revoked or expired token is the
   * same 404, so a guess learns nothing. The open is counted in the same statement that checks it.
   */
  async open(token: string, query: SharedPlanQuery): Promise<SharedPlanResponse> {
    if (!SECRET_TOKEN_PATTERN.test(token)) throw linkNotFound();
    const hash = hashSecretToken(token);
    const [[link]] = (await this.dataSource.query(
      `UPDATE share_links SET open_count = open_count + 1, last_opened_at = now()
        WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
        RETURNING plan_id, name, tier, show_names, token_hash, expires_at`,
      [hash],
    )) as [{ plan_id: string; name: string; tier: 'public' | 'donor'; show_names: boolean; token_hash: string; expires_at: Date | null }[], number];
    if (!link || !sameHash(link.token_hash, hash)) throw linkNotFound();
    const donor = link.tier === 'donor';
    const names = donor && link.show_names;
    return readSnapshot(this.dataSource, async (manager, readAt) => {
      const figures = await selectDashboardFigures(manager, link.plan_id, readAt);
      return {
        link: { name: link.name, tier: link.tier, showNames: names, expiresAt: link.expires_at?.toISOString() ?? null },
        readAt,
        plan: figures.plan,
        progress: figures.progress,
        schedule: figures.schedule,
        reporting: figures.reporting,
        indicators: figures.indicators,
        principles: figures.principles,
        budget: sharedBudget(figures.budget, donor),
        steps: await selectSharedSteps(manager, link.plan_id, names, query.stepPage ?? 1),
        budgetLines: donor ? await selectSharedBudgetLines(manager, link.plan_id, query.linePage ?? 1) : NO_LINES,
        reports: donor ? await selectSharedReports(manager, link.plan_id, names, query.period) : null,
      };
    });
  }
}

/** The end (exclusive) of a UTC day, checked against today and the longest allowed life. */
function endOfDay(date: string): Date {
  const today = Date.parse(`${todayIso()}T00:00:00Z`);
  const day = Date.parse(`${date}T00:00:00Z`);
  if (day < today) throw badRequest('expiresOn', 'expiresOn must be today or later');
  if (day > today + MAX_SHARE_LINK_DAYS * DAY_MS) throw badRequest('expiresOn', `expiresOn must be at most ${MAX_SHARE_LINK_DAYS} days ahead`);
  return new Date(day + DAY_MS);
}

const linkNotFound = () => new ApiException(HttpStatus.NOT_FOUND, 'This share link does not exist, has expired or was revoked.');
