import { describe, expect, it } from 'vitest';
import { accessTokenLifetimeMs, isRefreshDue, jwtLifetimeMs, refreshDeadline, refreshDelayMs } from './token-timing';

/** An unsigned JWT with the given claims (only the payload is read). */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.signature`;
}

describe('access token timing', () => {
  it('reads the lifetime from the token’s own iat and exp', () => {
    expect(jwtLifetimeMs(jwt({ sub: '3', iat: 1_700_000_000, exp: 1_700_000_900 }))).toBe(900_000);
    expect(jwtLifetimeMs('not-a-jwt')).toBeNull();
    expect(jwtLifetimeMs(jwt({ exp: 5 }))).toBeNull();
  });

  it('reads a token whose payload carries Chinese text, and refuses one whose payload is not JSON', () => {
    expect(jwtLifetimeMs(jwt({ name: '沙市区工作人员', iat: 1_700_000_000, exp: 1_700_000_060 }))).toBe(60_000);
    expect(jwtLifetimeMs(`x.${Buffer.from('{not json').toString('base64url')}.y`)).toBeNull();
  });

  it('is not fooled by a browser clock that is hours off the server’s', () => {
    const token = jwt({ iat: 1_700_000_000, exp: 1_700_000_900 });
    const receivedAt = Date.parse('2030-01-01T00:00:00Z'); // the browser thinks it is 2030
    expect(accessTokenLifetimeMs(token, '2023-11-14T22:28:20Z', receivedAt)).toBe(900_000);
  });

  it('falls back to the stated expiry when the token cannot be read', () => {
    const receivedAt = Date.parse('2026-03-01T08:00:00Z');
    expect(accessTokenLifetimeMs('opaque', '2026-03-01T08:15:00Z', receivedAt)).toBe(900_000);
    expect(accessTokenLifetimeMs('opaque', 'garbage', receivedAt)).toBe(0);
  });

  it('refreshes a 15-minute token after 14 minutes, and a short one at 80% of its life', () => {
    expect(refreshDelayMs(15 * 60_000)).toBe(14 * 60_000);
    expect(refreshDelayMs(60_000)).toBe(48_000);
    expect(refreshDelayMs(4_000)).toBe(3_200);
    expect(refreshDeadline(1_000, 15 * 60_000)).toBe(1_000 + 14 * 60_000);
  });

  it('is due once the deadline has passed, and never without a token', () => {
    expect(isRefreshDue(10_000, 9_999)).toBe(false);
    expect(isRefreshDue(10_000, 10_000)).toBe(true);
    expect(isRefreshDue(null, 10_000)).toBe(false);
  });
});
