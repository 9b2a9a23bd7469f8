import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashOpaqueToken, newOpaqueToken, opaquePrefix } from './opaque-token.js';

describe('newOpaqueToken', () => {
  it('makes a prefixed token of 32 random bytes in base64url', () => {
    const { token } = newOpaqueToken('cbr');
    expect(token).toMatch(/^cbr_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), 'base64url')).toHaveLength(32);
  });

  it('makes a different token every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newOpaqueToken('cbd').token));
    expect(tokens.size).toBe(100);
  });

  it('returns the sha256 hex of the whole token, prefix included, as the hash', () => {
    const { token, hash } = newOpaqueToken('cbd');
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hash).toBe(hashOpaqueToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('opaquePrefix', () => {
  it('recognises refresh and display tokens', () => {
    expect(opaquePrefix(newOpaqueToken('cbr').token)).toBe('cbr');
    expect(opaquePrefix(newOpaqueToken('cbd').token)).toBe('cbd');
  });

  it('returns null for anything that does not look like one', () => {
    const body = newOpaqueToken('cbr').token.slice(4);
    for (const junk of ['', 'cbr_', `cbx_${body}`, `CBR_${body}`, `cbr_${body}x`, `cbr_${body.slice(1)}`, `cbr_${body.slice(1)}=`, ` cbr_${body}`, `cbr_${body}\n`, 'eyJhbGciOiJIUzI1NiJ9.e30.x']) {
      expect(opaquePrefix(junk)).toBeNull();
    }
  });
});
