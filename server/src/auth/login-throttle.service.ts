import type { EntityManager } from '@mikro-orm/postgresql';
import { FORGET_AFTER_SECONDS, KNOWN_ADDRESS_DAYS, NO_FAILURES, type AttemptState, type Counter, type Scope } from './login-throttle.js';

/**
 * The throttle's counters and known addresses, in PostgreSQL so that every replica sees
 * the same ones. `address` is already an addressKey(); `userId` null for a username that
 * does not exist (only the address is counted then).
 */
type Key = [Scope, string];

function keys(userId: number | null, address: string): Key[] {
  const all: Key[] = [['address', address]];
  if (userId !== null) all.push(['pair', `${userId}@${address}`], ['account', String(userId)]);
  return all;
}

function execute<T extends object[]>(em: EntityManager, sql: string, params: unknown[]): Promise<T> {
  return em.getConnection().execute<T>(sql, params, 'all', em.getTransactionContext());
}

const forgetCutoff = (now: Date) => new Date(now.getTime() - FORGET_AFTER_SECONDS * 1000);

export async function readAttemptState(em: EntityManager, userId: number | null, address: string, now: Date): Promise<AttemptState> {
  const wanted = keys(userId, address);
  const rows = await execute<{ scope: Scope; failures: number; last_failure_at: Date }[]>(
    em,
    `select scope, failures, last_failure_at from login_failure where (scope, key) in (${wanted.map(() => '(?, ?)').join(', ')}) and last_failure_at > ?`,
    [...wanted.flat(), forgetCutoff(now)],
  );
  const counter = (scope: Scope): Counter => {
    const row = rows.find((r) => r.scope === scope);
    return row ? { failures: row.failures, lastFailureAt: new Date(row.last_failure_at) } : NO_FAILURES;
  };
  const known =
    userId !== null &&
    (
      await execute<object[]>(em, 'select 1 from login_known_address where user_id = ? and address = ? and last_success_at > ?', [
        userId,
        address,
        new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000),
      ])
    ).length > 0;
  return { known, pair: counter('pair'), address: counter('address'), account: counter('account') };
}

/** Counts a checked failure in every scope at once; a count left quiet for a day starts again. */
export async function recordFailure(em: EntityManager, userId: number | null, address: string, now: Date): Promise<void> {
  const wanted = keys(userId, address);
  await execute(
    em,
    `insert into login_failure as f (scope, key, failures, last_failure_at) values ${wanted.map(() => '(?, ?, 1, ?)').join(', ')}
     on conflict (scope, key) do update set
       failures = case when f.last_failure_at <= ? then 1 else f.failures + 1 end,
       last_failure_at = excluded.last_failure_at`,
    [...wanted.flatMap(([scope, key]) => [scope, key, now]), forgetCutoff(now)],
  );
}

/**
 * A sign-in clears the account's counts and makes the address known. The address's own
 * count stays: signing in to one's own account must not buy more guesses at others'.
 */
export async function recordSuccess(em: EntityManager, userId: number, address: string, now: Date): Promise<void> {
  await execute(em, `delete from login_failure where (scope, key) in (('pair', ?), ('account', ?))`, [`${userId}@${address}`, String(userId)]);
  await execute(
    em,
    `insert into login_known_address (user_id, address, last_success_at) values (?, ?, ?)
     on conflict (user_id, address) do update set last_success_at = excluded.last_success_at`,
    [userId, address, now],
  );
}

/** Drops counts nobody reads any more and addresses no longer known; returns how many rows. */
export async function pruneLoginThrottle(em: EntityManager, now = new Date()): Promise<number> {
  const [row] = await execute<{ n: number }[]>(
    em,
    `with failures as (delete from login_failure where last_failure_at <= ? returning 1),
          known as (delete from login_known_address where last_success_at <= ? returning 1)
     select (select count(*) from failures)::int + (select count(*) from known)::int as n`,
    [forgetCutoff(now), new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000)],
  );
  return row?.n ?? 0;
}
