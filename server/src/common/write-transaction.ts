import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';

/**
 * A transaction for a change made through the API. It first names the actor for the
 * change-feed trigger (transaction-local, so it never leaks to the next user of the
 * connection); changes made outside the API carry no actor.
 */
export async function writeTransaction<T>(em: EntityManager, viewer: Viewer | null, requestId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      if (viewer) {
        const actor = JSON.stringify({ role: viewer.role, name: viewer.name, requestId });
        await tx.execute("select set_config('careboard.actor', ?, true)", [actor]);
      }
      return work(tx);
    });
  } finally {
    writes.epoch += 1;
  }
}

/**
 * Counts the API's write transactions in this process (committed or not). Read caches
 * drop what they computed before the latest write, so a caller always reads its own
 * writes, without waiting for the change notification.
 */
export const writes = { epoch: 0 };
