import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { UnauthenticatedError } from '../common/errors.js';

const ALG = 'HS256';
const ISSUER = 'careboard';
const AUDIENCE = 'careboard-api';
const MIN_SECRET_BYTES = 32;
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

const EXPIRED_MESSAGE = '登录已过期，请重新登录 / Session expired, please sign in again';
const INVALID_MESSAGE = '访问令牌无效 / Invalid access token';

export interface AccessClaims {
  userId: number;
  role: string;
  /** Must equal the user's current tokenVersion; raising that revokes every token issued before. */
  tokenVersion: number;
  expiresAt: Date;
}

export interface TokenSigner {
  sign(
    claims: { userId: number; role: string; tokenVersion: number },
    ttlSeconds?: number,
  ): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<AccessClaims>;
}

/** The UTF-8 bytes of a configured secret; HS256 is only as strong as its key, so short ones are refused. */
export function secretFromString(s: string): Uint8Array {
  const bytes = new TextEncoder().encode(s);
  if (bytes.byteLength < MIN_SECRET_BYTES) {
    throw new Error(`The token secret must be at least ${MIN_SECRET_BYTES} bytes, got ${bytes.byteLength}`);
  }
  return bytes;
}

export function createTokenSigner(secret: Uint8Array): TokenSigner {
  if (secret.byteLength < MIN_SECRET_BYTES) {
    throw new Error(`The token secret must be at least ${MIN_SECRET_BYTES} bytes, got ${secret.byteLength}`);
  }
  // A private copy: a caller reusing its buffer must not change the key under us.
  const key = Uint8Array.from(secret);

  return {
    async sign({ userId, role, tokenVersion }, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS) {
      if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(tokenVersion) || !Number.isInteger(ttlSeconds)) {
        throw new Error('userId, tokenVersion and ttlSeconds must be integers');
      }
      const issuedAt = Math.floor(Date.now() / 1000);
      const exp = issuedAt + ttlSeconds;
      const token = await new SignJWT({ role, ver: tokenVersion })
        .setProtectedHeader({ alg: ALG, typ: 'JWT' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject(String(userId))
        .setIssuedAt(issuedAt)
        .setExpirationTime(exp)
        .setJti(randomBytes(16).toString('base64url'))
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000) };
    },

    async verify(token) {
      let payload;
      try {
        ({ payload } = await jwtVerify(token, key, {
          algorithms: [ALG],
          issuer: ISSUER,
          audience: AUDIENCE,
          requiredClaims: ['exp', 'sub', 'iat'],
          clockTolerance: 5,
        }));
      } catch (error) {
        // jose checks the signature before the claims, so "expired" is only said of our own tokens.
        throw new UnauthenticatedError(error instanceof errors.JWTExpired ? EXPIRED_MESSAGE : INVALID_MESSAGE);
      }
      const { sub, role, ver, exp } = payload;
      const userId = typeof sub === 'string' && /^[1-9][0-9]{0,15}$/.test(sub) ? Number(sub) : NaN;
      if (
        !Number.isSafeInteger(userId) ||
        typeof role !== 'string' ||
        role === '' ||
        typeof ver !== 'number' ||
        !Number.isSafeInteger(ver) ||
        typeof exp !== 'number'
      ) {
        throw new UnauthenticatedError(INVALID_MESSAGE);
      }
      return { userId, role, tokenVersion: ver, expiresAt: new Date(exp * 1000) };
    },
  };
}
