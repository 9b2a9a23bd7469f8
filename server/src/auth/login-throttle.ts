import { isIPv4, isIPv6 } from 'node:net';

/**
 * The sign-in throttling rule (OWASP Authentication Cheat Sheet: lockout that a stranger
 * cannot turn against the owner). Failures are counted in three scopes:
 * - pair: one account from one address. 5 typos free, then 1 s doubling up to 15 minutes,
 *   for that address only; the owner elsewhere is not touched.
 * - address: one address across every account (and unknown usernames): spraying.
 * - account: every address at one account: guessing spread over many addresses. It locks
 *   addresses the account never signed in from; a known address (one it signed in from
 *   within KNOWN_ADDRESS_DAYS) is only paused after its own failure, at most 30 seconds,
 *   and is exempt from the address scope, so a stranger can slow but never lock it out.
 * Attempts refused by a lock are not checked and not counted.
 */
export interface ThrottleRule {
  /** Failures before any delay: enough for typos, too few for guessing. */
  free: number;
  maxSeconds: number;
}

export const MAX_LOCKOUT_SECONDS = 15 * 60;
export const PAIR_RULE: ThrottleRule = { free: 5, maxSeconds: MAX_LOCKOUT_SECONDS };
/** Above what one office behind one NAT mistypes, below what spraying needs. */
export const ADDRESS_RULE: ThrottleRule = { free: 20, maxSeconds: MAX_LOCKOUT_SECONDS };
/** Four addresses' worth of typos before every new address waits. */
export const ACCOUNT_RULE: ThrottleRule = { free: 20, maxSeconds: MAX_LOCKOUT_SECONDS };
export const KNOWN_ADDRESS_PAUSE_SECONDS = 30;
export const KNOWN_ADDRESS_DAYS = 90;
/** A count with no new failure for this long starts again from zero. */
export const FORGET_AFTER_SECONDS = 24 * 3600;

export type Scope = 'pair' | 'address' | 'account';

export interface Counter {
  failures: number;
  lastFailureAt: Date | null;
}

export const NO_FAILURES: Counter = { failures: 0, lastFailureAt: null };

/** Seconds to wait after `failures` counted failures: 0 up to `free`, then 1, 2, 4 … up to the rule's cap. */
export function lockoutSeconds(failures: number, rule: ThrottleRule = PAIR_RULE): number {
  if (!(failures >= rule.free)) return 0;
  return Math.min(rule.maxSeconds, 2 ** Math.floor(failures - rule.free));
}

/** When the lock from a counter ends, or null when there is none. */
export function lockedUntil(counter: Counter, rule: ThrottleRule, capSeconds = Infinity): Date | null {
  const seconds = Math.min(lockoutSeconds(counter.failures, rule), capSeconds);
  if (counter.lastFailureAt === null || seconds === 0) return null;
  return new Date(counter.lastFailureAt.getTime() + seconds * 1000);
}

export interface AttemptState {
  /** The account has signed in from this address within KNOWN_ADDRESS_DAYS. */
  known: boolean;
  pair: Counter;
  address: Counter;
  account: Counter;
}

const after = (until: Date | null, now: Date): until is Date => until !== null && until.getTime() > now.getTime();

/** Until when this attempt is refused without checking the password; null to check it. */
export function refusedUntil(state: AttemptState, now: Date): Date | null {
  const locks: (Date | null)[] = [lockedUntil(state.pair, PAIR_RULE)];
  const accountLock = lockedUntil(state.account, ACCOUNT_RULE);
  if (!state.known) {
    locks.push(lockedUntil(state.address, ADDRESS_RULE), accountLock);
  } else if (after(accountLock, now) && state.pair.lastFailureAt !== null) {
    // Under attack the known address waits after its own failures only: nobody else can
    // make it wait, yet guessing from it is slowed like from anywhere.
    const pause = Math.min(lockoutSeconds(state.account.failures, ACCOUNT_RULE), KNOWN_ADDRESS_PAUSE_SECONDS);
    locks.push(new Date(state.pair.lastFailureAt.getTime() + pause * 1000));
  }
  const active = locks.filter((until) => after(until, now));
  return active.length === 0 ? null : new Date(Math.max(...active.map((until) => until.getTime())));
}

/**
 * The address failures are counted for. IPv6 clients get a whole /64 (one household or
 * host picks addresses from it at will, and privacy addresses change daily); IPv4-mapped
 * IPv6 is the IPv4 address it maps.
 */
export function addressKey(address: string): string {
  const bare = address.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return bare === '' ? 'unknown' : bare;
  const groups = ipv6Groups(bare);
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const parse = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((g) => {
          if (!g.includes('.')) return [parseInt(g, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = g.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
