import { describe, expect, it } from 'vitest';
import { logRedaction, withoutQueryValues } from './log-redaction.js';

describe('log redaction', () => {
  it('keeps a path and its parameter names but never their values', () => {
    expect(withoutQueryValues('/graphql')).toBe('/graphql');
    expect(withoutQueryValues('/?city=421000&token=cbd_secret')).toBe('/?city=[Redacted]&token=[Redacted]');
    expect(withoutQueryValues('/graphql?query=%7Bme%7D&variables=%7B%22p%22%3A1%7D')).toBe('/graphql?query=[Redacted]&variables=[Redacted]');
  });

  it('censors a parameter name that could itself be a pasted secret', () => {
    expect(withoutQueryValues('/?cbd_0123456789abcdef0123456789abcdef0123')).toBe('/?[Redacted]=[Redacted]');
    expect(withoutQueryValues('/?a%3Db')).toBe('/?[Redacted]=[Redacted]');
  });

  it('censors credentials in headers whole', () => {
    expect(logRedaction.censor('Bearer abc', ['req', 'headers', 'authorization'])).toBe('[Redacted]');
    expect(logRedaction.censor('/x?token=abc', ['req', 'url'])).toBe('/x?token=[Redacted]');
  });
});
