import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../common/errors.js';
import { addressKey, refusedUntil } from './login-throttle.js';
import { readAttemptState, recordFailure, recordSuccess } from './login-throttle.service.js';
import { hashOpaqueToken, newOpaqueToken, opaquePrefix } from './opaque-token.js';
import { burnVerify, verifyPassword } from './password.js';
import { RefreshToken } from './refresh-token.entity.js';
import type { TokenSigner } from './tokens.js';
import { User } from './user.entity.js';

export const REFRESH_TOKEN_TTL_DAYS = 7;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** One answer for every failed sign-in, so it tells nothing about which accounts exist. */
const LOGIN_FAILED = '用户名或密码错误，或账号暂时锁定 / Wrong username or password, or the account is locked for a while';
const REFRESH_FAILED = '刷新令牌无效或已失效，请重新登录 / The refresh token is invalid or expired; sign in again';

async function issue(em: EntityManager, signer: TokenSigner, user: User, now: Date): Promise<Session> {
  const access = await signer.sign({ userId: user.id, role: user.role, tokenVersion: user.tokenVersion });
  const refresh = newOpaqueToken('cbr');
  const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  em.persist(em.create(RefreshToken, { user, tokenHash: refresh.hash, expiresAt: refreshTokenExpiresAt }));
  await em.flush();
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, refreshTokenExpiresAt, user };
}

/**
 * Signs in. Failures are counted per account and address, per address and per account
 * (login-throttle.ts), so a stranger can slow the owner's known address but never lock it.
 * An unknown user, a disabled one, a throttled attempt and a wrong password all get the
 * same error after the same password-hashing work.
 */
export async function login(em: EntityManager, signer: TokenSigner, username: string, password: string, from: { address: string; now?: Date }): Promise<Session> {
  const now = from.now ?? new Date();
  const address = addressKey(from.address);
  const found = await em.findOne(User, { username: username.trim().toLowerCase() }, { populate: ['districts'] });
  const user = found && !found.disabled ? found : null;
  const state = await readAttemptState(em, user?.id ?? null, address, now);
  if (refusedUntil(state, now) !== null) {
    await burnVerify(password);
    throw new UnauthenticatedError(LOGIN_FAILED);
  }
  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnVerify(password);
  if (!user || !valid) {
    await recordFailure(em, user?.id ?? null, address, now);
    throw new UnauthenticatedError(LOGIN_FAILED);
  }
  await em.transactional(async (tx) => {
    await recordSuccess(tx, user.id, address, now);
    await tx.nativeUpdate(User, { id: user.id }, { lastLoginAt: now });
  });
  return issue(em, signer, user, now);
}

/**
 * Trades a refresh token for a new pair. Each token works once; presenting one that was
 * already used means it was copied, so every session of the account is revoked.
 */
export async function refresh(em: EntityManager, signer: TokenSigner, token: string, now = new Date()): Promise<Session> {
  if (opaquePrefix(token) !== 'cbr') throw new UnauthenticatedError(REFRESH_FAILED);
  const stored = await em.findOne(RefreshToken, { tokenHash: hashOpaqueToken(token) }, { populate: ['user', 'user.districts'] });
  if (!stored) throw new UnauthenticatedError(REFRESH_FAILED);
  const user = stored.user;
  // Claim the token atomically: of two concurrent uses, one succeeds and one counts as reuse.
  const claimed = stored.revokedAt === null ? await em.nativeUpdate(RefreshToken, { id: stored.id, revokedAt: null }, { revokedAt: now }) : 0;
  if (claimed === 0) {
    await revokeAllSessions(em, user.id, now);
    throw new UnauthenticatedError(REFRESH_FAILED);
  }
  if (stored.expiresAt <= now || user.disabled) throw new UnauthenticatedError(REFRESH_FAILED);
  return issue(em, signer, user, now);
}

/** Ends a session: its refresh token stops working (its access token expires soon after). */
export async function logout(em: EntityManager, token: string, now = new Date()): Promise<boolean> {
  if (opaquePrefix(token) !== 'cbr') return false;
  return (await em.nativeUpdate(RefreshToken, { tokenHash: hashOpaqueToken(token), revokedAt: null }, { revokedAt: now })) > 0;
}

/** Every token of the account stops working: refresh tokens revoked, access tokens outdated. */
export async function revokeAllSessions(em: EntityManager, userId: number, now = new Date()): Promise<void> {
  await em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: now });
  await em.getConnection().execute('update app_user set token_version = token_version + 1 where id = ?', [userId]);
}
