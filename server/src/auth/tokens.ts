import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { UnauthenticatedError } from '../common/errors.js';

const ALG = 'HS256';
const ISSUER = 'careboard';
const AUDIENCE = 'careboard-api';
const MIN_SECRET_BYTES = 32;
/** The default lifetime of an access token (ACCESS_TOKEN_TTL_SECONDS). */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const CLOCK_TOLERANCE_SECONDS = 5;
/** Access tokens whose verification is remembered (oldest forgotten first). */
const VERIFIED_CACHE_SIZE = 10_000;

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

export function createTokenSigner(secret: Uint8Array, defaultTtlSeconds = ACCESS_TOKEN_TTL_SECONDS): TokenSigner {
  if (secret.byteLength < MIN_SECRET_BYTES) {
    throw new Error(`The token secret must be at least ${MIN_SECRET_BYTES} bytes, got ${secret.byteLength}`);
  }
  // A private copy: a caller reusing its buffer must not change the key under us.
  const key = Uint8Array.from(secret);
  // Imported once: jose would import a raw key again on every verification (3x the cost).
  const verifyKey = crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  // Tokens verified recently, so a client's every request does not pay for the HMAC again.
  // A verdict depends only on the token and the key, except expiry, which is checked on use.
  const verified = new Map<string, AccessClaims>();

  return {
    async sign({ userId, role, tokenVersion }, ttlSeconds = defaultTtlSeconds) {
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
      const known = verified.get(token);
      if (known) {
        if (known.expiresAt.getTime() + CLOCK_TOLERANCE_SECONDS * 1000 > Date.now()) return known;
        verified.delete(token);
        throw new UnauthenticatedError(EXPIRED_MESSAGE);
      }
      let payload;
      try {
        ({ payload } = await jwtVerify(token, await verifyKey, {
          algorithms: [ALG],
          issuer: ISSUER,
          audience: AUDIENCE,
          requiredClaims: ['exp', 'sub', 'iat'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
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
      const claims = { userId, role, tokenVersion: ver, expiresAt: new Date(exp * 1000) };
      if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
      verified.set(token, claims);
      return claims;
    },
  };
}
