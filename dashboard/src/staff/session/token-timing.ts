/**
 * When to refresh an access token. The server's clock and this browser's may differ, so
 * the token's lifetime is read from the token itself (exp − iat, both the server's) and
 * counted on this browser's clock from when the token arrived.
 */
import { jwtDecode } from 'jwt-decode';

/** Refresh this long before expiry at most (a minute), and never later than 80% of the lifetime. */
const MAX_MARGIN_MS = 60_000;
const MIN_DELAY_MS = 5_000;

/** exp − iat of a JWT in ms (its payload read with jwt-decode; the signature is the server's to check), or null when the token is not a readable JWT. */
export function jwtLifetimeMs(token: string): number | null {
  try {
    const { iat, exp } = jwtDecode<{ iat?: unknown; exp?: unknown }>(token);
    return typeof iat === 'number' && typeof exp === 'number' && exp > iat ? (exp - iat) * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * How long an access token received at `receivedAt` (this browser's clock) lives: from the
 * token, else from the expiry the server stated, read against this clock.
 */
export function accessTokenLifetimeMs(token: string, expiresAtIso: string, receivedAt: number): number {
  const fromToken = jwtLifetimeMs(token);
  if (fromToken !== null) return fromToken;
  const stated = Date.parse(expiresAtIso) - receivedAt;
  return Number.isFinite(stated) && stated > 0 ? stated : 0;
}

/** How long after it arrives a token of `lifetimeMs` should be refreshed: 14 minutes for 15. */
export function refreshDelayMs(lifetimeMs: number): number {
  const margin = Math.min(MAX_MARGIN_MS, lifetimeMs / 5);
  return Math.max(Math.min(MIN_DELAY_MS, lifetimeMs / 2), lifetimeMs - margin);
}

/** This browser's time at which to refresh a token received at `receivedAt`. */
export function refreshDeadline(receivedAt: number, lifetimeMs: number): number {
  return receivedAt + refreshDelayMs(lifetimeMs);
}

/**
 * Whether the token should be refreshed before it is used now. Timers in a background tab
 * or on a sleeping laptop fire late, so every request checks too.
 */
export function isRefreshDue(deadline: number | null, now: number): boolean {
  return deadline !== null && now >= deadline;
}
