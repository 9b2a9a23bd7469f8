import { randomBytes } from 'node:crypto';
import { base64url, decodeJwt, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnauthenticatedError } from '../common/errors.js';
import { createTokenSigner, secretFromString } from './tokens.js';

const secret = randomBytes(32);
const signer = createTokenSigner(secret);
const claims = { userId: 42, role: 'ANALYST', tokenVersion: 3 };

async function expectUnauthenticated(promise: Promise<unknown>): Promise<UnauthenticatedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthenticatedError);
  const unauthenticated = error as UnauthenticatedError;
  expect(unauthenticated.extensions.code).toBe('UNAUTHENTICATED');
  expect(unauthenticated.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
  return unauthenticated;
}

/** A token with our issuer and audience, signed by hand so one detail can be wrong. */
function handSigned(alg: 'HS256' | 'HS512' = 'HS256') {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'ANALYST', ver: 3 })
    .setProtectedHeader({ alg })
    .setSubject('42')
    .setIssuer('careboard')
    .setAudience('careboard-api')
    .setIssuedAt(now)
    .setExpirationTime(now + 600);
}

describe('createTokenSigner', () => {
  it('round-trips a valid token into its claims', async () => {
    const { token, expiresAt } = await signer.sign(claims);
    expect(await signer.verify(token)).toEqual({ ...claims, expiresAt });
  });

  it('issues tokens for the lifetime the server was configured with', async () => {
    const { token } = await createTokenSigner(secret, 30).sign(claims);
    const payload = decodeJwt(token);
    expect(payload.exp! - payload.iat!).toBe(30);
  });

  it('issues tokens for 15 minutes by default with sub as a string, a random jti and HS256', async () => {
    const { token, expiresAt } = await signer.sign(claims);
    const payload = decodeJwt(token);
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(Math.abs(expiresAt.getTime() - Date.now() - 900_000)).toBeLessThan(2_000);
    expect(payload).toMatchObject({ sub: '42', role: 'ANALYST', ver: 3, iss: 'careboard', aud: 'careboard-api' });
    expect(payload.jti).not.toBe(decodeJwt((await signer.sign(claims)).token).jti);
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('honours a custom lifetime', async () => {
    const { token } = await signer.sign(claims, 60);
    const payload = decodeJwt(token);
    expect(payload.exp! - payload.iat!).toBe(60);
  });

  it('rejects an expired token and says it expired', async () => {
    const { token } = await signer.sign(claims, -10);
    const error = await expectUnauthenticated(signer.verify(token));
    expect(error.message).toMatch(/expired/);
  });

  it('still accepts a token that expired within the 5 second clock tolerance', async () => {
    const { token } = await signer.sign(claims, -2);
    await expect(signer.verify(token)).resolves.toMatchObject({ userId: 42 });
  });

  describe('with a remembered verification', () => {
    afterEach(() => vi.useRealTimers());

    it('answers a token verified before from memory and still refuses it once it expires', async () => {
      const { token } = await signer.sign(claims, 60);
      const first = await signer.verify(token);
      expect(await signer.verify(token)).toBe(first);
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 66_000 });
      const error = await expectUnauthenticated(signer.verify(token));
      expect(error.message).toMatch(/expired/);
    });

    it('does not remember a refusal: a token with a changed signature stays refused', async () => {
      const { token } = await signer.sign(claims);
      await signer.verify(token);
      const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
      await expectUnauthenticated(signer.verify(tampered));
    });
  });

  it('rejects a token signed with another key', async () => {
    const { token } = await createTokenSigner(randomBytes(32)).sign(claims);
    const error = await expectUnauthenticated(signer.verify(token));
    expect(error.message).not.toMatch(/expired/);
  });

  it('rejects an unsigned token with alg none', async () => {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(
      JSON.stringify({ sub: '42', role: 'ADMIN', ver: 3, iss: 'careboard', aud: 'careboard-api', iat: now, exp: now + 600 }),
    );
    await expectUnauthenticated(signer.verify(`${header}.${payload}.`));
  });

  it('rejects a token for another audience', async () => {
    const token = await handSigned().setAudience('someone-else').sign(secret);
    await expectUnauthenticated(signer.verify(token));
  });

  it('rejects a token from another issuer', async () => {
    const token = await handSigned().setIssuer('evil').sign(secret);
    await expectUnauthenticated(signer.verify(token));
  });

  it('rejects a token without exp', async () => {
    const token = await new SignJWT({ role: 'ANALYST', ver: 3 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('42')
      .setIssuer('careboard')
      .setAudience('careboard-api')
      .setIssuedAt()
      .sign(secret);
    await expectUnauthenticated(signer.verify(token));
  });

  it('rejects a token without iat', async () => {
    const token = await new SignJWT({ role: 'ANALYST', ver: 3 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('42')
      .setIssuer('careboard')
      .setAudience('careboard-api')
      .setExpirationTime('10m')
      .sign(secret);
    await expectUnauthenticated(signer.verify(token));
  });

  it('pins HS256: rejects an HS512 token signed with the same secret', async () => {
    const hs256 = await handSigned('HS256').sign(secret);
    await expect(signer.verify(hs256)).resolves.toMatchObject({ userId: 42 });
    await expectUnauthenticated(signer.verify(await handSigned('HS512').sign(secret)));
  });

  it('rejects a correctly signed token whose sub is not a user id or whose ver is missing', async () => {
    await expectUnauthenticated(signer.verify(await handSigned().setSubject('admin').sign(secret)));
    await expectUnauthenticated(signer.verify(await handSigned().setSubject('042').sign(secret)));
    const now = Math.floor(Date.now() / 1000);
    const noVer = await new SignJWT({ role: 'ANALYST' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('42')
      .setIssuer('careboard')
      .setAudience('careboard-api')
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(secret);
    await expectUnauthenticated(signer.verify(noVer));
  });

  it('rejects garbage strings', async () => {
    for (const garbage of ['', 'garbage', 'a.b.c', '...', 'Bearer x', '\u0000', `${'x'.repeat(5000)}.y.z`]) {
      await expectUnauthenticated(signer.verify(garbage));
    }
  });

  it('refuses a key shorter than 32 bytes', () => {
    expect(() => createTokenSigner(randomBytes(31))).toThrow(/32 bytes/);
  });
});

describe('secretFromString', () => {
  it('returns the UTF-8 bytes of a secret of at least 32 bytes', () => {
    expect(secretFromString('k'.repeat(32))).toEqual(new TextEncoder().encode('k'.repeat(32)));
  });

  it('throws for a secret shorter than 32 bytes', () => {
    expect(() => secretFromString('k'.repeat(31))).toThrow(Error);
    expect(() => secretFromString('')).toThrow(/32 bytes/);
  });
});
