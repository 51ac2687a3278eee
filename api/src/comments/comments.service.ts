import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, conflict, forbidden, notFound } from '../common/errors/api-exception.js';
import { MailService } from '../mail/mail.service.js';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service.js';
import type { Role } from '../plans/plan.entity.js';
import type { Language } from '../users/user.entity.js';
import { commentMail } from './comment-mail.js';
import type { CommentResponse, CreateCommentRequest, UpdateCommentRequest } from './dto/comment.dto.js';
import { mentionedIn } from './mentions.js';

interface CommentRow {
  id: string;
  step_id: string;
  author_id: string;
  author_name: string;
  author_email: string;
  body: string | null;
  mention_ids: string[];
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  revision_count: number;
  version: number;
}

interface StepContext {
  label: string;
  assigneeIds: string[];
  members: { id: string; name: string; email: string; language: Language }[];
}

const SELECT_COMMENTS = `
  SELECT c.id, c.step_id, c.author_id, u.name AS author_name, u.email AS author_email, c.body, c.mention_ids,
         c.created_at, c.edited_at, c.deleted_at, c.version,
         (SELECT count(*)::int FROM step_comment_revisions r WHERE r.comment_id = c.id) AS revision_count
    FROM step_comments c JOIN users u ON u.id = c.author_id`;

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
  ) {}

  async list(planId: string, stepId: string): Promise<CommentResponse[]> {
    const context = await this.stepContext(this.dataSource.manager, planId, stepId);
    const rows = (await this.dataSource.query(`${SELECT_COMMENTS} WHERE c.step_id = $1 ORDER BY c.created_at, c.id`, [stepId])) as CommentRow[];
    return rows.map((row) => toCommentResponse(row, context));
  }

  /** Posts a comment and tells the people mentioned, and the step's assignees, in the app and by email. */
  async create(planId: string, stepId: string, authorId: string, request: CreateCommentRequest): Promise<CommentResponse> {
    const { comment, notified, context } = await this.dataSource.transaction(async (manager) => {
      const context = await this.stepContext(manager, planId, stepId);
      const memberIds = new Set(context.members.map((member) => member.id));
      const outsiders = (request.mentionIds ?? []).filter((id) => !memberIds.has(id));
      if (outsiders.length > 0) throw badRequest('mentionIds', `mentionIds names people who are not members of this plan: ${outsiders.join(', ')}`);
      const mentions = [...new Set([...(request.mentionIds ?? []), ...mentionedIn(request.body, context.members)])];
      const [{ id }] = await manager.query(
        `INSERT INTO step_comments (step_id, author_id, body, mention_ids) VALUES ($1, $2, $3, $4::uuid[]) RETURNING id`,
        [stepId, authorId, request.body, mentions],
      );
      const candidates = [
        ...mentions.map((userId) => ({ userId, kind: 'mention' as const })),
        ...context.assigneeIds.filter((userId) => !mentions.includes(userId)).map((userId) => ({ userId, kind: 'comment_on_assigned_step' as const })),
      ].filter(({ userId }) => userId !== authorId);
      const members = await this.lockMemberships(manager, planId, candidates.map(({ userId }) => userId));
      const notified: NewNotification[] = candidates
        .filter(({ userId }) => members.has(userId))
        .map(({ userId, kind }) => ({ userId, kind, planId, stepId, actorId: authorId, summary: context.label }));
      await this.notifications.notify(manager, notified);
      await this.audit.record(manager, {
        planId,
        actorId: authorId,
        entityType: 'comment',
        entityId: id,
        entityLabel: context.label,
        action: 'create',
        before: null,
        after: { body: request.body },
      });
      const [row] = (await manager.query(`${SELECT_COMMENTS} WHERE c.id = $1`, [id])) as CommentRow[];
      return { comment: toCommentResponse(row, context), notified, context };
    });
    await this.emailNotified(planId, notified, context, comment);
    return comment;
  }

  /** Only the author edits; the earlier wording is kept in the comment's history. */
  async update(planId: string, stepId: string, commentId: string, userId: string, request: UpdateCommentRequest): Promise<CommentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.stepContext(manager, planId, stepId);
      const row = await this.lock(manager, stepId, commentId);
      if (row.author_id !== userId) throw forbidden('Only its author can edit a comment.');
      if (row.deleted_at) throw conflict('This comment was deleted.', 'commentId');
      if (row.version !== request.version) {
        throw conflict('This comment was edited in the meantime; read the new wording first.', 'version', toCommentResponse(row, context));
      }
      await manager.query(`INSERT INTO step_comment_revisions (comment_id, body, written_at) VALUES ($1, $2, $3)`, [
        commentId,
        row.body,
        row.edited_at ?? row.created_at,
      ]);
      await manager.query(`UPDATE step_comments SET body = $2, edited_at = now(), version = version + 1 WHERE id = $1`, [commentId, request.body]);
      await this.audit.record(manager, {
        planId,
        actorId: userId,
        entityType: 'comment',
        entityId: commentId,
        entityLabel: context.label,
        action: 'update',
        before: { body: row.body },
        after: { body: request.body },
      });
      const [updated] = (await manager.query(`${SELECT_COMMENTS} WHERE c.id = $1`, [commentId])) as CommentRow[];
      return toCommentResponse(updated, context);
    });
  }

  /** The author, or a plan owner, deletes: the text and its history go, a tombstone stays in the thread. */
  async remove(planId: string, stepId: string, commentId: string, userId: string, role: Role): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.stepContext(manager, planId, stepId);
      const row = await this.lock(manager, stepId, commentId);
      if (row.author_id !== userId && role !== 'owner') throw forbidden('Only its author or a plan owner can delete a comment.');
      if (row.deleted_at) return;
      await manager.query(`DELETE FROM step_comment_revisions WHERE comment_id = $1`, [commentId]);
      await manager.query(`UPDATE step_comments SET body = NULL, mention_ids = '{}', deleted_at = now(), version = version + 1 WHERE id = $1`, [commentId]);
      await this.audit.record(manager, {
        planId,
        actorId: userId,
        entityType: 'comment',
        entityId: commentId,
        entityLabel: context.label,
        action: 'delete',
        before: { author: row.author_name },
        after: null,
      });
    });
  }

  private async lock(manager: EntityManager, stepId: string, commentId: string): Promise<CommentRow> {
    const [locked] = await manager.query(`SELECT 1 FROM step_comments WHERE id = $1 AND step_id = $2 FOR UPDATE`, [commentId, stepId]);
    if (!locked) throw notFound('The comment');
    const [row] = (await manager.query(`${SELECT_COMMENTS} WHERE c.id = $1`, [commentId])) as CommentRow[];
    return row;
  }

  private async stepContext(manager: EntityManager, planId: string, stepId: string): Promise<StepContext> {
    const [step] = await manager.query(
      `SELECT s.title, s.catalogue_key, coalesce(array_agg(a.user_id) FILTER (WHERE a.user_id IS NOT NULL), '{}') AS assignee_ids
         FROM steps s LEFT JOIN step_assignees a ON a.step_id = s.id
        WHERE s.id = $1 AND s.plan_id = $2 GROUP BY s.id`,
      [stepId, planId],
    );
    if (!step) throw notFound('The step');
    const members = await manager.query(
      `SELECT u.id, u.name, u.email, u.language FROM plan_members m JOIN users u ON u.id = m.user_id WHERE m.plan_id = $1`,
      [planId],
    );
    return { label: step.catalogue_key ? `${step.catalogue_key} ${step.title}` : step.title, assigneeIds: step.assignee_ids, members };
  }

  /**
   * Which of these people are members of the plan, holding their memberships FOR SHARE until the
   * transaction ends (as StepsService does for assignees). A removal (MembersService.remove) locks
   * the membership FOR UPDATE: if it came first, this waits for it and finds the row gone; if this
   * came first, the removal waits for this commit and then deletes the notifications written here
   * with the membership. Either way no unread notification outlives a membership. Assignees are
   * checked too: an assignment left by a removal from before removals cleared them is no membership.
   */
  private async lockMemberships(manager: EntityManager, planId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = (await manager.query(`SELECT user_id FROM plan_members WHERE plan_id = $1 AND user_id = ANY($2::uuid[]) FOR SHARE`, [
      planId,
      [...new Set(userIds)],
    ])) as { user_id: string }[];
    return new Set(rows.map((row) => row.user_id));
  }

  private async emailNotified(planId: string, notified: NewNotification[], context: StepContext, comment: CommentResponse): Promise<void> {
    if (notified.length === 0) return;
    // Read again after the commit: someone removed since then gets no email (sending takes a while).
    const current = new Set(
      ((await this.dataSource.query(`SELECT user_id FROM plan_members WHERE plan_id = $1 AND user_id = ANY($2::uuid[])`, [
        planId,
        notified.map((notification) => notification.userId),
      ])) as { user_id: string }[]).map((row) => row.user_id),
    );
    for (const notification of notified) {
      const recipient = context.members.find((member) => member.id === notification.userId);
      if (!recipient || !current.has(recipient.id)) continue;
      const reason = notification.kind === 'mention' ? 'mention' : 'comment_on_assigned_step';
      await this.mail.send(
        commentMail(recipient.language, { to: recipient.email, authorName: comment.author.name, stepLabel: context.label, body: comment.body ?? '', reason }),
      );
    }
  }
}

function toCommentResponse(row: CommentRow, context: StepContext): CommentResponse {
  return {
    id: row.id,
    stepId: row.step_id,
    author: { id: row.author_id, name: row.author_name, email: row.author_email },
    body: row.body,
    mentions: context.members.filter((member) => row.mention_ids.includes(member.id)).map(({ id, name, email }) => ({ id, name, email })),
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at ? row.edited_at.toISOString() : null,
    deletedAt: row.deleted_at ? row.deleted_at.toISOString() : null,
    revisionCount: row.revision_count,
    version: row.version,
  };
}
