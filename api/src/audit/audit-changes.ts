export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type Snapshot = Record<string, unknown>;

/**
 * The fields that differ between two snapshots of an entity, in a stable order. A created entity
 * has no `before`, a deleted one no `after`: every field it had is then listed.
 */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
