import { readApiError } from '../graphql/errors';
import type { AuthPayload, SessionUser } from '../graphql/types';
import type { AuthApi } from './auth-api';
import type { TokenLock } from './token-lock';
import { accessTokenLifetimeMs, isRefreshDue, refreshDeadline } from './token-timing';

export type SessionStatus = 'restoring' | 'signedOut' | 'signedIn';
/** Why a session ended without the person signing out. */
export type SessionNotice = 'expired' | 'otherTab' | null;

export interface SessionSnapshot {
  status: SessionStatus;
  user: SessionUser | null;
  notice: SessionNotice;
}

export interface SessionDeps {
  api: AuthApi;
  /** Where the refresh token survives a reload of this tab (sessionStorage), or null. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  lock: TokenLock;
  now(): number;
  /** Runs `run` after `ms`; returns a cancel function. */
  schedule(run: () => void, ms: number): () => void;
}

export const REFRESH_TOKEN_KEY = 'careboard.admin.refreshToken';
/** After a refresh that got no answer (network), try again this much later. */
const RETRY_AFTER_MS = 15_000;

/**
 * The signed-in session of this tab. The access token lives in memory only; the refresh
 * token in sessionStorage, so a reload keeps the session and closing the tab ends it. The
 * access token is refreshed shortly before it expires, when a request finds it due, and
 * once when the API answers UNAUTHENTICATED. Refreshes are single-flight: the server treats
 * a refresh token used twice as stolen and ends every session of the account.
 */
export class Session {
  private snapshot: SessionSnapshot = { status: 'restoring', user: null, notice: null };
  private access: string | null = null;
  private refreshToken: string | null = null;
  private deadline: number | null = null;
  private inflight: Promise<string | null> | null = null;
  private cancelTimer: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly tokenListeners = new Set<(token: string) => void>();

  constructor(private readonly deps: SessionDeps) {}

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called with each new access token (the live socket sends it on in a ping). */
  onAccessToken(listener: (token: string) => void): () => void {
    this.tokenListeners.add(listener);
    return () => this.tokenListeners.delete(listener);
  }

  /** The current access token, without refreshing. */
  get accessToken(): string | null {
    return this.access;
  }

  /** On page load: resumes the tab's session from its refresh token, if it has one. */
  async restore(): Promise<void> {
    const stored = this.deps.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    if (!stored) return this.end(null);
    if (!(await this.deps.lock.claim(stored))) {
      // A duplicated tab: the token belongs to the tab it was copied from.
      this.deps.storage?.removeItem(REFRESH_TOKEN_KEY);
      return this.end('otherTab');
    }
    this.refreshToken = stored;
    await this.refresh();
  }

  async login(username: string, password: string): Promise<void> {
    const payload = await this.deps.api.login(username, password);
    this.accept(payload, this.deps.now());
  }

  async logout(): Promise<void> {
    const token = this.refreshToken;
    this.end(null);
    if (token) await this.deps.api.logout(token).catch(() => undefined);
  }

  /** A token fit to send now: refreshed first when it is due (a timer may have fired late). */
  async freshToken(): Promise<string | null> {
    if (this.inflight) return this.inflight;
    if (this.access && isRefreshDue(this.deadline, this.deps.now())) return this.refresh();
    return this.access;
  }

  /** Trades the refresh token for a new pair; concurrent callers share one request. */
  refresh(): Promise<string | null> {
    if (!this.inflight) {
      this.inflight = this.doRefresh().finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  private async doRefresh(): Promise<string | null> {
    const token = this.refreshToken;
    if (!token) {
      this.end(this.snapshot.status === 'signedIn' ? 'expired' : null);
      return null;
    }
    try {
      const payload = await this.deps.api.refresh(token);
      this.accept(payload, this.deps.now());
      return this.access;
    } catch (error) {
      if (readApiError(error).code === 'UNAUTHENTICATED') {
        this.end(this.snapshot.status === 'restoring' ? null : 'expired');
        return null;
      }
      // No answer: the token may still be good. Keep it and try again later.
      if (this.snapshot.status === 'restoring') this.set({ status: 'signedOut', user: null, notice: null });
      this.timer(RETRY_AFTER_MS);
      return null;
    }
  }

  private accept(payload: AuthPayload, receivedAt: number): void {
    this.access = payload.accessToken;
    this.refreshToken = payload.refreshToken;
    this.deps.storage?.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    void this.deps.lock.claim(payload.refreshToken);
    this.deadline = refreshDeadline(receivedAt, accessTokenLifetimeMs(payload.accessToken, payload.accessTokenExpiresAt, receivedAt));
    this.timer(this.deadline - receivedAt);
    this.set({ status: 'signedIn', user: payload.user, notice: null });
    for (const listener of this.tokenListeners) listener(payload.accessToken);
  }

  private end(notice: SessionNotice): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.access = null;
    this.refreshToken = null;
    this.deadline = null;
    this.deps.storage?.removeItem(REFRESH_TOKEN_KEY);
    this.deps.lock.release();
    this.set({ status: 'signedOut', user: null, notice });
  }

  private timer(ms: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.deps.schedule(() => void this.refresh(), Math.max(0, ms));
  }

  private set(snapshot: SessionSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
