import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  addressKey,
  lockedUntil,
  lockoutSeconds,
  NO_FAILURES,
  PAIR_RULE,
  refusedUntil,
  type AttemptState,
  type Counter,
} from './login-throttle.js';

const now = new Date('2026-03-01T08:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const secondsOn = (s: number) => new Date(now.getTime() + s * 1000);
const failed = (failures: number, atSecondsAgo = 0): Counter => ({ failures, lastFailureAt: secondsAgo(atSecondsAgo) });
const state = (over: Partial<AttemptState>): AttemptState => ({ known: false, pair: NO_FAILURES, address: NO_FAILURES, account: NO_FAILURES, ...over });

describe('lockoutSeconds', () => {
  it('does not delay the first four failures of one address at one account', () => {
    expect([0, 1, 2, 3, 4].map((n) => lockoutSeconds(n, PAIR_RULE))).toEqual([0, 0, 0, 0, 0]);
  });

  it('doubles the delay from 1 second at the fifth failure', () => {
    expect([5, 6, 7, 8, 14].map((n) => lockoutSeconds(n, PAIR_RULE))).toEqual([1, 2, 4, 8, 512]);
  });

  it('caps the delay at 15 minutes however many failures there are', () => {
    expect(lockoutSeconds(15, PAIR_RULE)).toBe(900);
    expect(lockoutSeconds(1_000_000, ACCOUNT_RULE)).toBe(900);
  });

  it('allows an address and an account 20 failures before any delay', () => {
    expect(lockoutSeconds(19, ADDRESS_RULE)).toBe(0);
    expect(lockoutSeconds(20, ADDRESS_RULE)).toBe(1);
    expect(lockoutSeconds(19, ACCOUNT_RULE)).toBe(0);
    expect(lockoutSeconds(21, ACCOUNT_RULE)).toBe(2);
  });

  it('treats a count that is not a number as no failures', () => {
    expect(lockoutSeconds(Number.NaN)).toBe(0);
  });
});

describe('lockedUntil', () => {
  it('is null without failures and counts the lock from the last failure', () => {
    expect(lockedUntil(NO_FAILURES, PAIR_RULE)).toBeNull();
    expect(lockedUntil(failed(4), PAIR_RULE)).toBeNull();
    expect(lockedUntil(failed(7, 1), PAIR_RULE)).toEqual(secondsOn(3));
  });
});

describe('refusedUntil', () => {
  it('checks the password of an address with nothing against it', () => {
    expect(refusedUntil(state({}), now)).toBeNull();
  });

  it('refuses an address locked out of the account until its lock passes, and not from that instant on', () => {
    expect(refusedUntil(state({ pair: failed(5) }), now)).toEqual(secondsOn(1));
    expect(refusedUntil(state({ pair: failed(5, 1) }), now)).toBeNull();
  });

  it('refuses even a known address that failed 5 times itself', () => {
    expect(refusedUntil(state({ known: true, pair: failed(15) }), now)).toEqual(secondsOn(900));
  });

  it('refuses an unknown address while the address is throttled for spraying or the account for distributed guessing', () => {
    expect(refusedUntil(state({ address: failed(30) }), now)).toEqual(secondsOn(900));
    expect(refusedUntil(state({ account: failed(25) }), now)).toEqual(secondsOn(32));
  });

  it('lets a known address in whatever other addresses did, while it has not failed itself', () => {
    expect(refusedUntil(state({ known: true, address: failed(1000), account: failed(1000) }), now)).toBeNull();
  });

  it('pauses a known address after its own failure while the account is under attack, for at most 30 seconds', () => {
    const underAttack = { known: true, account: failed(40) };
    expect(refusedUntil(state({ ...underAttack, pair: failed(1) }), now)).toEqual(secondsOn(30));
    expect(refusedUntil(state({ ...underAttack, pair: failed(1, 30) }), now)).toBeNull();
  });

  it('pauses a known address no longer than the account lock itself lasts', () => {
    expect(refusedUntil(state({ known: true, account: failed(22), pair: failed(1) }), now)).toEqual(secondsOn(4));
  });

  it('does not pause a known address after a failure once the attack on the account is over', () => {
    expect(refusedUntil(state({ known: true, account: failed(22, 60), pair: failed(1) }), now)).toBeNull();
  });

  it('refuses until the latest of several locks', () => {
    expect(refusedUntil(state({ pair: failed(6), account: failed(24) }), now)).toEqual(secondsOn(16));
  });
});

describe('addressKey', () => {
  it('keeps an IPv4 address as it is, also when written as IPv4-mapped IPv6', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('counts an IPv6 client by its /64, however it writes the address', () => {
    const key = '2001:db8:1:2::/64';
    expect(addressKey('2001:db8:1:2::1')).toBe(key);
    expect(addressKey('2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe(key);
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
  });

  it('gives an empty address one shared key rather than none', () => {
    expect(addressKey('')).toBe('unknown');
  });
});
