import { isDeepStrictEqual } from 'node:util';

/**
 * Whether two audit snapshots of a row (before and after a change) are the same. A change
 * that changes nothing is answered with the row as it is, without a write: a new version,
 * an audit entry and a change event for it would tell readers and walls of a change that
 * did not happen, and a form saved twice or a request retried would make noise.
 */
export function sameSnapshot(before: Record<string, unknown> | null, after: Record<string, unknown>): boolean {
  return before !== null && isDeepStrictEqual(before, after);
}
