import { describe, expect, it } from 'vitest';
import type { AuthPayload } from '../graphql/types';
import type { AuthApi } from './auth-api';
import { REFRESH_TOKEN_KEY, Session } from './session';
import type { TokenLock } from './token-lock';

function jwt(iat: number, lifetimeSeconds: number, n: number): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ iat, exp: iat + lifetimeSeconds, n })}.sig`;
}

const USER = { id: '3', username: 'staff.shashi', displayName: '沙市区卫健局工作人员', role: 'STAFF' as const, cityCode: '421000', districtCodes: ['421002'] };
const unauthenticated = () => Object.assign(new Error('刷新令牌无效 / invalid'), { errors: [{ message: 'invalid', extensions: { code: 'UNAUTHENTICATED' } }] });

/** A session with a fake API, storage, lock and clock; timers run only when `tick` passes them. */
function harness(options: { stored?: string; otherTabHolds?: boolean } = {}) {
  let now = 1_000_000;
  let issued = 0;
  const calls: string[] = [];
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const store = new Map<string, string>(options.stored ? [[REFRESH_TOKEN_KEY, options.stored]] : []);
  const used = new Set<string>();
  const server = { revoked: false };
  const pair = (): AuthPayload => {
    issued += 1;
    return { accessToken: jwt(1_700_000_000, 900, issued), accessTokenExpiresAt: '', refreshToken: `cbr_${issued}`, refreshTokenExpiresAt: '', user: USER };
  };
  const api: AuthApi = {
    async login() {
      calls.push('login');
      return pair();
    },
    async refresh(token) {
      calls.push(`refresh ${token}`);
      if (server.revoked || used.has(token) || !token.startsWith('cbr_')) throw unauthenticated();
      used.add(token);
      return pair();
    },
    async logout(token) {
      calls.push(`logout ${token}`);
    },
  };
  const lock: TokenLock = { claim: async () => !options.otherTabHolds, release: () => undefined };
  const session = new Session({
    api,
    lock,
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) },
    now: () => now,
    schedule: (run, ms) => {
      const timer = { at: now + ms, run, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  });
  const tick = async (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
      timer.cancelled = true;
      timer.run();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { session, calls, store, tick, server, advance: (ms: number) => (now += ms) };
}

describe('the staff session', () => {
  it('signs in, keeps the refresh token in sessionStorage and the access token in memory only', async () => {
    const { session, store } = harness();
    await session.login('staff.shashi', 'pw');
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { username: 'staff.shashi' } });
    expect(store.get(REFRESH_TOKEN_KEY)).toBe('cbr_1');
    expect([...store.values()]).not.toContain(session.accessToken);
  });

  it('resumes after a reload from the stored refresh token', async () => {
    const { session, calls, store } = harness({ stored: 'cbr_7' });
    expect(session.getSnapshot().status).toBe('restoring');
    await session.restore();
    expect(calls).toEqual(['refresh cbr_7']);
    expect(session.getSnapshot().status).toBe('signedIn');
    expect(store.get(REFRESH_TOKEN_KEY)).toBe('cbr_1');
  });

  it('shows the sign-in page, without a notice, when the stored token no longer works', async () => {
    const { session, store } = harness({ stored: 'stale' });
    await session.restore();
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', user: null, notice: null });
    expect(store.has(REFRESH_TOKEN_KEY)).toBe(false);
  });

  it('leaves a refresh token that another tab holds alone', async () => {
    const { session, calls, store } = harness({ stored: 'cbr_7', otherTabHolds: true });
    await session.restore();
    expect(calls).toEqual([]);
    expect(session.getSnapshot().notice).toBe('otherTab');
    expect(store.has(REFRESH_TOKEN_KEY)).toBe(false);
  });

  it('refreshes 14 minutes after sign-in, before the 15-minute expiry, and tells the socket', async () => {
    const { session, calls, tick } = harness();
    const tokens: string[] = [];
    session.onAccessToken((token) => tokens.push(token));
    await session.login('staff.shashi', 'pw');
    await tick(13 * 60_000);
    expect(calls).toEqual(['login']);
    await tick(60_000);
    expect(calls).toEqual(['login', 'refresh cbr_1']);
    expect(tokens).toHaveLength(2);
    expect(session.accessToken).toBe(tokens[1]);
  });

  it('refreshes before a request when the timer fired late (a sleeping laptop)', async () => {
    const { session, calls, advance } = harness();
    await session.login('staff.shashi', 'pw');
    const first = session.accessToken;
    advance(20 * 60_000);
    const token = await session.freshToken();
    expect(calls).toEqual(['login', 'refresh cbr_1']);
    expect(token).not.toBe(first);
  });

  it('sends one refresh for many concurrent callers, never reusing a refresh token', async () => {
    const { session, calls } = harness();
    await session.login('staff.shashi', 'pw');
    const tokens = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(calls).toEqual(['login', 'refresh cbr_1']);
    expect(new Set(tokens).size).toBe(1);
  });

  it('ends with an "expired" notice when a refresh is refused', async () => {
    const { session, store, server } = harness();
    await session.login('staff.shashi', 'pw');
    server.revoked = true; // e.g. an admin disabled the account
    expect(await session.refresh()).toBeNull();
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', user: null, notice: 'expired' });
    expect(store.has(REFRESH_TOKEN_KEY)).toBe(false);
  });

  it('signs out: forgets both tokens and revokes the refresh token on the server', async () => {
    const { session, calls, store } = harness();
    await session.login('staff.shashi', 'pw');
    await session.logout();
    expect(calls).toEqual(['login', 'logout cbr_1']);
    expect(session.accessToken).toBeNull();
    expect(store.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(session.getSnapshot().status).toBe('signedOut');
  });
});
