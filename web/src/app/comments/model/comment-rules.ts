import { CommentResponse, PlanResponse } from '../../api/models';

/** Owners, editors and contributors take part in the discussion; viewers read it. */
export function canComment(plan: PlanResponse | null | undefined): boolean {
  return !!plan && (plan.myRole === 'owner' || plan.myRole === 'editor' || plan.myRole === 'contributor');
}

export function canEditComment(comment: CommentResponse, userId: string | null | undefined): boolean {
  return comment.body !== null && !!userId && comment.author.id === userId;
}

/** Authors delete their own comments; plan owners may delete any. */
export function canDeleteComment(
  comment: CommentResponse,
  plan: PlanResponse | null | undefined,
  userId: string | null | undefined,
): boolean {
  return comment.body !== null && (canEditComment(comment, userId) || plan?.myRole === 'owner');
}

/** The members named as "@Full Name" in a comment's text. */
export function mentionedIds(body: string, members: readonly { userId: string; name: string }[]): string[] {
  return members.filter((member) => body.includes(`@${member.name}`)).map((member) => member.userId);
}
