import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errors.js';
import { lockoutSeconds, isLockedOut } from './login-throttle.js';
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

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

async function issue(em: EntityManager, signer: TokenSigner, user: User, now: Date): Promise<Session> {
  const access = await signer.sign({ userId: user.id, role: user.role, tokenVersion: user.tokenVersion });
  const refresh = newOpaqueToken('cbr');
  const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  em.persist(em.create(RefreshToken, { user, tokenHash: refresh.hash, expiresAt: refreshTokenExpiresAt }));
  await em.flush();
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, refreshTokenExpiresAt, user };
}

/**
 * Signs in. Failed attempts are counted per account; from the fifth in a row the account
 * is locked for a growing while. An unknown user, a disabled one, a locked one and a wrong
 * password all get the same error after the same password-hashing work.
 */
export async function login(em: EntityManager, signer: TokenSigner, username: string, password: string, from: { address: string; now?: Date }): Promise<Session> {
  const now = from.now ?? new Date();
  const user = await em.findOne(User, { username: username.trim().toLowerCase() }, { populate: ['districts'] });
  if (!user || user.disabled || isLockedOut(user.lockedUntil, now)) {
    await burnVerify(password);
    throw unauthenticated(LOGIN_FAILED);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    // Counted in SQL, so concurrent guesses cannot overwrite each other's count.
    const [row] = await em.getConnection().execute<{ failed_logins: number }[]>(
      'update app_user set failed_logins = failed_logins + 1 where id = ? returning failed_logins',
      [user.id],
    );
    const seconds = lockoutSeconds(row?.failed_logins ?? 0);
    if (seconds > 0) await em.nativeUpdate(User, { id: user.id }, { lockedUntil: new Date(now.getTime() + seconds * 1000) });
    throw unauthenticated(LOGIN_FAILED);
  }
  await em.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
  return issue(em, signer, user, now);
}

/**
 * Trades a refresh token for a new pair. Each token works once; presenting one that was
 * already used means it was copied, so every session of the account is revoked.
 */
export async function refresh(em: EntityManager, signer: TokenSigner, token: string, now = new Date()): Promise<Session> {
  if (opaquePrefix(token) !== 'cbr') throw unauthenticated(REFRESH_FAILED);
  const stored = await em.findOne(RefreshToken, { tokenHash: hashOpaqueToken(token) }, { populate: ['user', 'user.districts'] });
  if (!stored) throw unauthenticated(REFRESH_FAILED);
  const user = stored.user;
  // Claim the token atomically: of two concurrent uses, one succeeds and one counts as reuse.
  const claimed = stored.revokedAt === null ? await em.nativeUpdate(RefreshToken, { id: stored.id, revokedAt: null }, { revokedAt: now }) : 0;
  if (claimed === 0) {
    await revokeAllSessions(em, user.id, now);
    throw unauthenticated(REFRESH_FAILED);
  }
  if (stored.expiresAt <= now || user.disabled) throw unauthenticated(REFRESH_FAILED);
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
