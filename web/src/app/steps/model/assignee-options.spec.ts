import { MemberResponse } from '../../api/models';
import { assigneeOptions } from './assignee-options';

function member(userId: string, name: string): MemberResponse {
  return {
    userId,
    name,
    email: `${name.toLowerCase()}@example.org`,
    organisation: null,
    role: 'editor',
    reviewer: false,
    version: 1,
    joinedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('assigneeOptions', () => {
  const amina = member('u1', 'Amina');
  const boris = member('u2', 'Boris');

  it('offers the plan’s members', () => {
    expect(assigneeOptions([amina, boris], [], true)).toEqual([
      { id: 'u1', name: 'Amina', email: 'amina@example.org', member: true },
      { id: 'u2', name: 'Boris', email: 'boris@example.org', member: true },
    ]);
  });

  it('keeps a current assignee who has left the plan, marked as no longer a member', () => {
    const former = { id: 'u3', name: 'Chen', email: 'chen@example.org' };
    const options = assigneeOptions([amina], [{ id: 'u1', name: 'Amina', email: 'amina@example.org' }, former], true);
    expect(options).toEqual([
      { id: 'u1', name: 'Amina', email: 'amina@example.org', member: true },
      { id: 'u3', name: 'Chen', email: 'chen@example.org', member: false },
    ]);
  });

  it('does not call assignees former members before the members have loaded', () => {
    const options = assigneeOptions([], [{ id: 'u3', name: 'Chen', email: 'chen@example.org' }], false);
    expect(options).toEqual([{ id: 'u3', name: 'Chen', email: 'chen@example.org', member: true }]);
  });
});
