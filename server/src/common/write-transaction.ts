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
      if (viewer) await tx.execute("select set_config('careboard.actor', ?, true)", [actorSetting(viewer, requestId)]);
      return work(tx);
    });
  } finally {
    noteWrite();
  }
}

/** A write through the API ended (committed or not): read caches of this process start again. */
export function noteWrite(): void {
  writes.epoch += 1;
}

/** The value set_config('careboard.actor', …) gets: who made a change, for the change feed. */
export function actorSetting(viewer: Viewer, requestId: string): string {
  return JSON.stringify({ role: viewer.role, name: viewer.name, requestId });
}

/**
 * Counts the API's write transactions in this process (committed or not). Read caches
 * drop what they computed before the latest write, so a caller always reads its own
 * writes, without waiting for the change notification.
 */
export const writes = { epoch: 0 };
