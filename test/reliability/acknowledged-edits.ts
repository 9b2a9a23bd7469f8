import { expect } from 'vitest';
import type { TestServer } from '../support/test-server.js';

/** What the API answered for each acknowledged edit, by institution id, in order. */
export type Acknowledged = Map<number, { version: number; slots: number }[]>;

/**
 * Checks that every acknowledged edit is in the database, each with its audit entry at that
 * version and value, and that each institution is at (or past) its last acknowledged
 * version. Returns how many edits were checked.
 */
export async function expectEveryAcknowledgedEditStored(api: Pick<TestServer, 'sql'>, acknowledged: Acknowledged): Promise<number> {
  let edits = 0;
  for (const [id, acks] of acknowledged) {
    for (const ack of acks) {
      edits += 1;
      const [audit] = await api.sql<{ n: number }>(
        `select count(*)::int n from audit_entry where entity_id = $1 and entity_type = 'Institution' and (after->>'version')::int = $2 and (after->>'slots')::int = $3`,
        [id, ack.version, ack.slots],
      );
      expect(audit!.n, `audit entry of institution ${id} at version ${ack.version}`).toBe(1);
    }
    const last = acks.at(-1)!;
    const [row] = await api.sql<{ version: number; slots: number }>('select version, slots from institution where id = $1', [id]);
    expect(row!.version).toBeGreaterThanOrEqual(last.version);
    if (row!.version === last.version) expect(row!.slots).toBe(last.slots);
  }
  return edits;
}
