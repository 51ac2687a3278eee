import { CommentResponse, PlanResponse } from '../../api/models';
import { canComment, canDeleteComment, canEditComment, mentionedIds } from './comment-rules';

function createComment(partial: Partial<CommentResponse> = {}): CommentResponse {
  return {
    id: 'c1', stepId: 's1', author: { id: 'u1', name: 'Amira Haddad', email: 'amira@example.org' },
    body: 'Hello', createdAt: '2026-01-01T10:00:00Z', editedAt: null, deletedAt: null, mentions: [],
    revisionCount: 0, version: 1, ...partial,
  };
}

function createPlan(myRole: PlanResponse['myRole']): PlanResponse {
  return { myRole } as PlanResponse;
}

describe('comment rules', () => {
  it('lets owners, editors and contributors comment, not viewers', () => {
    expect(canComment(createPlan('owner'))).toBe(true);
    expect(canComment(createPlan('editor'))).toBe(true);
    expect(canComment(createPlan('contributor'))).toBe(true);
    expect(canComment(createPlan('viewer'))).toBe(false);
    expect(canComment(null)).toBe(false);
  });

  it('lets authors edit and delete their own comments, and owners delete any', () => {
    const comment = createComment();
    expect(canEditComment(comment, 'u1')).toBe(true);
    expect(canEditComment(comment, 'u2')).toBe(false);
    expect(canDeleteComment(comment, createPlan('editor'), 'u2')).toBe(false);
    expect(canDeleteComment(comment, createPlan('owner'), 'u2')).toBe(true);
    expect(canDeleteComment(createComment({ body: null }), createPlan('owner'), 'u1')).toBe(false);
  });

  it('finds members named with @', () => {
    const members = [{ userId: 'a', name: 'Jonas Weber' }, { userId: 'b', name: 'Amira Haddad' }];
    expect(mentionedIds('Thanks @Jonas Weber, see above', members)).toEqual(['a']);
    expect(mentionedIds('No one here', members)).toEqual([]);
  });
});
