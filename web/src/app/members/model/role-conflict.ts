import { ApiError } from '../../api/api-error';
import { MemberResponse, Role } from '../../api/models';
import { ROLES } from './roles';

/** Someone else changed a member's role after the page loaded it: the membership as it is now, and the role wanted. */
export interface RoleConflict {
  current: MemberResponse;
  wanted: Role;
}

function isMember(value: unknown): value is MemberResponse {
  if (typeof value !== 'object' || value === null) return false;
  const member = value as Partial<MemberResponse>;
  return (
    typeof member.userId === 'string' &&
    typeof member.name === 'string' &&
    typeof member.version === 'number' &&
    ROLES.includes(member.role as Role)
  );
}

/**
 * The current membership from a role change refused because the version sent was stale (409, field `version`,
 * with `current`). Anything else — the last-owner refusal (409, field `role`) included — gives null.
 */
export function staleMembership(error: ApiError): MemberResponse | null {
  if (error.status !== 409) return null;
  if (!error.fieldErrors.some((fieldError) => fieldError.field === 'version')) return null;
  return isMember(error.current) ? error.current : null;
}
