import { describe, expect, it } from 'vitest';
import { burnVerify, checkPasswordPolicy, DUMMY_HASH, hashPassword, verifyPassword } from './password.js';

const OWASP_PREFIX = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;

describe('hashPassword and verifyPassword', () => {
  it('hashes with argon2id at m=19456, t=2, p=1, visible in the PHC string', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(OWASP_PREFIX);
  });

  it('salts every hash, so the same password hashes differently twice', async () => {
    expect(await hashPassword('correct horse battery')).not.toBe(await hashPassword('correct horse battery'));
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery!')).toBe(false);
  });

  it('returns false instead of throwing for a malformed hash', async () => {
    for (const bad of ['', 'not a hash', '$argon2id$v=19$m=19456,t=2,p=1$short', '$2b$10$abcdefghijklmnopqrstuv']) {
      await expect(verifyPassword(bad, 'whatever12345')).resolves.toBe(false);
    }
  });
});

describe('DUMMY_HASH and burnVerify', () => {
  it('makes the dummy hash once, with the same parameters as real hashes so it costs the same', async () => {
    const first = await DUMMY_HASH();
    expect(first).toMatch(OWASP_PREFIX);
    expect(await DUMMY_HASH()).toBe(first);
  });

  it('always reports a failed login for an unknown user', async () => {
    expect(await burnVerify('correct horse battery')).toBe(false);
    expect(await burnVerify('')).toBe(false);
  });
});

describe('checkPasswordPolicy', () => {
  it('refuses a password shorter than 10 characters with a bilingual message', () => {
    expect(checkPasswordPolicy('123456789')).toMatch(/10 个字符 \/ Password must be at least 10/);
  });

  it('refuses a password longer than 128 characters', () => {
    expect(checkPasswordPolicy('a'.repeat(129))).toMatch(/128 个字符 \/ Password must be at most 128/);
  });

  it('accepts passwords of exactly 10 and exactly 128 characters', () => {
    expect(checkPasswordPolicy('a'.repeat(10))).toBeNull();
    expect(checkPasswordPolicy('a'.repeat(128))).toBeNull();
  });

  it('counts Chinese characters and emoji as one character each', () => {
    expect(checkPasswordPolicy('民生看板一老一小托育')).toBeNull();
    // Nine emoji are eighteen UTF-16 units but only nine characters.
    expect(checkPasswordPolicy('😀'.repeat(9))).not.toBeNull();
    expect(checkPasswordPolicy('😀'.repeat(65))).toBeNull();
  });
});
