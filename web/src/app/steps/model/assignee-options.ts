import { MemberResponse, UserSummary } from '../../api/models';

/** Someone the assignee picker lists. */
export interface AssigneeOption {
  id: string;
  name: string;
  email: string;
  /** False for a step's assignee who has since left the plan: shown (so they can be removed), not offered anew. */
  member: boolean;
}

/**
 * The people a step can be assigned to — the plan's members — plus whoever the step names already but is no longer
 * a member (the API refuses to keep them). Until the members have loaded, current assignees count as members.
 */
export function assigneeOptions(
  members: readonly MemberResponse[],
  assignees: readonly UserSummary[],
  membersLoaded: boolean,
): AssigneeOption[] {
  const options: AssigneeOption[] = members.map((member) => ({
    id: member.userId,
    name: member.name,
    email: member.email,
    member: true,
  }));
  for (const assignee of assignees) {
    if (options.some((option) => option.id === assignee.id)) continue;
    options.push({ id: assignee.id, name: assignee.name, email: assignee.email, member: !membersLoaded });
  }
  return options;
}
