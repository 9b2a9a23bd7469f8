/** Failures allowed before any delay: enough for typos, too few for guessing. */
export const FREE_FAILURES = 5;
export const MAX_LOCKOUT_SECONDS = 15 * 60;

/** Seconds an account waits after `failedCount` consecutive failures: 0, then 1, 2, 4 … up to 15 minutes. */
export function lockoutSeconds(failedCount: number): number {
  if (!(failedCount >= FREE_FAILURES)) return 0;
  return Math.min(MAX_LOCKOUT_SECONDS, 2 ** Math.floor(failedCount - FREE_FAILURES));
}

export function isLockedOut(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
