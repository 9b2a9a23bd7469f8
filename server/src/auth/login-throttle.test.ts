import { describe, expect, it } from 'vitest';
import { isLockedOut, lockoutSeconds } from './login-throttle.js';

describe('lockoutSeconds', () => {
  it('does not delay the first four failures', () => {
    expect([0, 1, 2, 3, 4].map(lockoutSeconds)).toEqual([0, 0, 0, 0, 0]);
  });

  it('doubles the delay from 1 second at the fifth failure', () => {
    expect([5, 6, 7, 8, 14].map(lockoutSeconds)).toEqual([1, 2, 4, 8, 512]);
  });

  it('caps the delay at 15 minutes however many failures there are', () => {
    expect(lockoutSeconds(15)).toBe(900);
    expect(lockoutSeconds(1_000_000)).toBe(900);
  });

  it('treats a count that is not a number as no failures', () => {
    expect(lockoutSeconds(Number.NaN)).toBe(0);
  });
});

describe('isLockedOut', () => {
  const now = new Date('2026-03-01T08:00:00Z');

  it('is not locked without a lock time', () => {
    expect(isLockedOut(null, now)).toBe(false);
  });

  it('is locked until the lock time and free from that instant on', () => {
    expect(isLockedOut(new Date(now.getTime() + 1), now)).toBe(true);
    expect(isLockedOut(now, now)).toBe(false);
    expect(isLockedOut(new Date(now.getTime() - 1), now)).toBe(false);
  });
});
