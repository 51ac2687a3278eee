import type { EntityManager } from 'typeorm';
import type { ShareLinkResponse, ShareLinkState, ShareTier } from './dto/share-link.dto.js';

export interface ShareLinkRow {
  id: string;
  plan_id: string;
  name: string;
  tier: ShareTier;
  show_names: boolean;
  token_hash: string;
  created_by: string;
  creator_name: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_opened_at: Date | null;
  open_count: number;
  state: ShareLinkState;
}

export const SELECT_SHARE_LINKS = `
  SELECT l.id, l.plan_id, l.name, l.tier, l.show_names, l.token_hash, l.created_by, u.name AS creator_name, l.created_at,
         l.expires_at, l.revoked_at, l.last_opened_at, l.open_count,
         CASE WHEN l.revoked_at IS NOT NULL THEN 'revoked' WHEN l.expires_at <= now() THEN 'expired' ELSE 'active' END AS state
    FROM share_links l JOIN users u ON u.id = l.created_by`;

export async function selectShareLinks(manager: EntityManager, planId: string): Promise<ShareLinkResponse[]> {
  const rows = (await manager.query(`${SELECT_SHARE_LINKS} WHERE l.plan_id = $1 ORDER BY l.created_at DESC, l.id`, [planId])) as ShareLinkRow[];
  return rows.map(toShareLinkResponse);
}

export async function selectShareLink(manager: EntityManager, planId: string, linkId: string): Promise<ShareLinkRow | undefined> {
  const [row] = (await manager.query(`${SELECT_SHARE_LINKS} WHERE l.plan_id = $1 AND l.id = $2`, [planId, linkId])) as ShareLinkRow[];
  return row;
}

export function toShareLinkResponse(row: ShareLinkRow): ShareLinkResponse {
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    showNames: row.show_names,
    state: row.state,
    createdBy: { id: row.created_by, name: row.creator_name },
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastOpenedAt: row.last_opened_at?.toISOString() ?? null,
    openCount: row.open_count,
  };
}
