import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which `isolatedModules` forbids reading as a value
// (napi-rs/node-rs#809); typed this way the compiler still checks 2 is Argon2id.
const ARGON2ID: Algorithm.Argon2id = 2;

/** OWASP Password Storage Cheat Sheet, argon2id: m=19 MiB, t=2, p=1. */
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/** False for a wrong password and for a hash that cannot be parsed: a bad row must not become a 500. */
export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, plain);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random secret with the same parameters as real ones, made on first use so
 * importing this module costs nothing.
 */
export function DUMMY_HASH(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url')).catch((error: unknown) => {
    dummy = undefined;
    throw error;
  });
  return dummy;
}

/** Spends a full verification on an unknown account so its login takes as long as a wrong password. */
export async function burnVerify(plain: string): Promise<false> {
  await verifyPassword(await DUMMY_HASH(), plain);
  return false;
}

/** A bilingual reason the password is refused, or null. Counts code points, not UTF-16 units. */
export function checkPasswordPolicy(plain: string): string | null {
  const length = [...plain].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符 / Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符 / Password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  return null;
}
