import { createHash, randomBytes } from 'node:crypto';

/** `cbr`: refresh token; `cbd`: wall-screen (DISPLAY) device token. */
export type OpaquePrefix = 'cbr' | 'cbd';

// 32 random bytes are 43 base64url characters without padding.
const SHAPE = /^(cbr|cbd)_[A-Za-z0-9_-]{43}$/;

/** A fresh token for the client and the hash to store; the token itself is never persisted. */
export function newOpaqueToken(prefix: OpaquePrefix): { token: string; hash: string } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashOpaqueToken(token) };
}

// A plain fast hash is enough: the token carries 256 random bits, so there is nothing to brute-force.
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Which kind of token this looks like, or null, so callers can refuse junk before a database look-up. */
export function opaquePrefix(token: string): OpaquePrefix | null {
  const match = SHAPE.exec(token);
  return match ? (match[1] as OpaquePrefix) : null;
}
