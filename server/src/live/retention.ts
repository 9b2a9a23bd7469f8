import type { MikroORM } from '@mikro-orm/postgresql';
import { pruneLoginThrottle } from '../auth/login-throttle.service.js';

const HOUR_MS = 3_600_000;

/** Deletes change events older than the retention period; returns how many. */
export async function pruneChangeEvents(orm: MikroORM, retentionDays: number): Promise<number> {
  const result = await orm.em.fork().getConnection().execute<{ n: number }[]>(
    `with gone as (delete from change_event where at < now() - make_interval(days => ?) returning 1) select count(*)::int n from gone`,
    [retentionDays],
  );
  return result[0]?.n ?? 0;
}

/**
 * The ticker only needs recent events and screens resync from live tables, so the feed
 * keeps `retentionDays` of history (the audit trail, not this, is the permanent record).
 */
export function scheduleRetention(orm: MikroORM, retentionDays: number, log: (message: string) => void): () => void {
  const run = () =>
    Promise.all([
      pruneChangeEvents(orm, retentionDays).then(
        (n) => n > 0 && log(`pruned ${n} change events older than ${retentionDays} days`),
        (error: Error) => log(`pruning change events failed: ${error.message}`),
      ),
      // Sign-in counts are forgotten after a quiet day, known addresses after 90 days.
      pruneLoginThrottle(orm.em.fork()).then(
        (n) => n > 0 && log(`pruned ${n} stale sign-in throttle rows`),
        (error: Error) => log(`pruning sign-in throttle rows failed: ${error.message}`),
      ),
    ]);
  void run();
  const timer = setInterval(() => void run(), HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
