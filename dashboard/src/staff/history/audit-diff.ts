import { sameValue } from '../institutions/institution-form';

/** One field an audit entry changed. */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping the audit snapshots carry that a person does not need to read. */
const HIDDEN = new Set(['version']);

/**
 * What an audit entry changed, field by field, in the snapshot's own order: for a new
 * record (no `before`) every field it was created with; for a change only what moved.
 */
export function auditChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].filter((f) => !HIDDEN.has(f));
  return fields
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((change) => (before === null ? change.after !== null : !sameValue(change.before, change.after)));
}
