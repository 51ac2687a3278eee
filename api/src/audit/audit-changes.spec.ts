import { describe, expect, it } from '@jest/globals';
import { diffSnapshots } from './audit-changes.js';

describe(diffSnapshots.name, () => {
  it('lists only the fields that changed, with both values', () => {
    expect(diffSnapshots({ title: 'A', progress: 10, principles: ['recovery'] }, { title: 'A', progress: 40, principles: ['recovery'] })).toEqual([
      { field: 'progress', before: 10, after: 40 },
    ]);
  });

  it('compares arrays by value and treats a missing field as null', () => {
    expect(diffSnapshots({ assigneeIds: ['a'], dueDate: null }, { assigneeIds: ['a', 'b'] })).toEqual([
      { field: 'assigneeIds', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('lists every non-empty field of a created or deleted entity', () => {
    expect(diffSnapshots(null, { title: 'New', dueDate: null })).toEqual([{ field: 'title', before: null, after: 'New' }]);
    expect(diffSnapshots({ title: 'Gone' }, null)).toEqual([{ field: 'title', before: 'Gone', after: null }]);
  });
});
