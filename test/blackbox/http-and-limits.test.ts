import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

function nested(depth: number): string {
  // city { districts { institutions(first: 1) { district { institutions(first: 1) { ... name } } } } }:
  // `depth` fields deep counting city and the leaf; pages of one keep the cost low.
  const path = ['districts'];
  while (path.length < depth - 2) path.push(path.length % 2 === 1 ? 'institutions(first: 1)' : 'district');
  const selection = path.reduceRight((inner, field) => `${field} { ${inner} }`, 'name');
  return `{ city(code: "421000") { ${selection} } }`;
}

describe('HTTP endpoints', () => {
  it('serves GET /graphql for a query when the request carries a CSRF-safe header', async () => {
    const query = encodeURIComponent('{ city(code: "421000") { slots } }');
    const res = await fetch(`${api.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { city: { slots: 14826 } }, extensions: expect.any(Object) });
  });

  it('refuses a CSRF-style simple GET without a preflight header', async () => {
    const query = encodeURIComponent('{ city(code: "421000") { slots } }');
    const res = await fetch(`${api.url}/graphql?query=${query}`);
    expect(res.status).toBe(400);
  });

  it('sends the security headers on pages and API answers: a script policy of this origin only, no framing, no referrer, nosniff', async () => {
    for (const url of [`${api.url}/`, `${api.url}/healthz`, `${api.url}/graphql?query=%7B__typename%7D`]) {
      const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      const policy = res.headers.get('content-security-policy') ?? '';
      expect(policy, url).toContain("script-src 'self'");
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(policy, url).toContain("object-src 'none'");
      expect(policy, url).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('referrer-policy'), url).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), url).toBe('DENY');
      expect(res.headers.get('strict-transport-security'), url).toBeNull();
      await res.arrayBuffer();
    }
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ cities { code } } # ${'x'.repeat(200_000)}` }),
    });
    expect(res.status).toBe(413);
  });
});

describe('body limits', () => {
  it('refuses an anonymous chunked body over the limit, though it declares no length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(50_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ cities { code } }"'));
        if (sent >= 4) return controller.close();
        controller.enqueue(chunk);
        sent += 1;
      },
    });
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('lets a signed-in request carry a body far above the anonymous limit', async () => {
    const token = await api.login('staff.shashi');
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { role } }', variables: { padding: 'x'.repeat(1_000_000) } }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { me: { role: 'STAFF' } } });
  });

  it('answers a body over either limit in the API error shape, anonymous and signed in, with HTTP 413', async () => {
    const token = await api.login('staff.shashi');
    for (const [who, size, authorization] of [['anonymous', 200_000, undefined], ['signed in', 8_100_000, `Bearer ${token}`]] as const) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ me { role } }', variables: { padding: 'x'.repeat(size) } }),
      });
      expect(res.status, who).toBe(413);
      const body = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      expect(body.errors?.[0]?.extensions, who).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE', limit: who === 'anonymous' ? 100_000 : 8_000_000 });
      expect(body.errors?.[0]?.message, who).toMatch(/bytes/);
      expect(Object.keys(body), who).toEqual(['errors']);
    }
  });
});

describe('requests the HTTP layer refuses', () => {
  it('answers a body that is not JSON, or not of a type the API reads, in the API error shape with its 4xx status', async () => {
    for (const [body, type, status, reason] of [['{"query": ', 'application/json', 400, 'PARSE_FAILED'], ['<query/>', 'application/xml', 415, 'VALIDATION_FAILED']] as const) {
      const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(res.status, type).toBe(status);
      expect(((await res.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions, type).toEqual({ code: 'BAD_USER_INPUT', reason });
    }
  });
});

describe('query limits', () => {
  it('accepts a query at the depth limit', async () => {
    const res = await api.gql(nested(10), {}, await api.login('analyst'));
    expect(res.errors).toBeUndefined();
  });

  it('refuses a query past the depth limit with BAD_USER_INPUT and reason TOO_DEEP', async () => {
    const res = await api.gql(nested(11));
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_DEEP' });
  });

  it('refuses a depth bomb hidden in repeated fragments', async () => {
    const query = `query { city(code: "421000") { ...A } }
      fragment A on City { districts { city { ...B } } }
      fragment B on City { districts { city { ...C } } }
      fragment C on City { districts { city { ...D } } }
      fragment D on City { districts { city { ...E } } }
      fragment E on City { districts { city { code } } }`;
    const res = await api.gql(query);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_DEEP' });
  });

  it('refuses more than 30 aliases with reason TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: cities { code }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
  });

  it('refuses a document of more than 2,000 tokens with reason TOO_MANY_TOKENS', async () => {
    const fields = Array.from({ length: 2100 }, () => 'code').join(' ');
    const res = await api.gql(`{ cities { ${fields} } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' });
  });

  it('refuses too many directives with reason TOO_MANY_DIRECTIVES', async () => {
    const directives = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    const res = await api.gql(`{ cities { code ${directives} } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_DIRECTIVES' });
  });

  it('refuses a query that fans out over nested lists with reason TOO_COSTLY, before running it', async () => {
    const fields = 'code name slots enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount slotsPer1000';
    const res = await api.gql(`{ cities { districts { city { districts { city { districts { ${fields} } } } } } } }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_COSTLY', limit: 50000 });
    expect(res.errors?.[0]?.extensions).not.toHaveProperty('http');
  });

  it('costs a page by the size it asks for, read from the variables', async () => {
    const query = `query($first: Int) { cities { districts { institutions(first: $first) { name slots enrolled address district { name city { name } } } } } }`;
    const analyst = await api.login('analyst');
    const small = await api.gql(query, { first: 10 }, analyst);
    const large = await api.gql(query, { first: 100 }, analyst);
    expect(small.errors).toBeUndefined();
    expect(large.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_COSTLY' });
  });

  it('answers a syntax error with BAD_USER_INPUT, reason PARSE_FAILED, and no stack trace', async () => {
    const res = await api.gql('{ cities { code ');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'PARSE_FAILED' });
  });

  it('answers an unknown field with BAD_USER_INPUT and reason VALIDATION_FAILED', async () => {
    const res = await api.gql('{ cities { secret } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('answers a wrongly typed variable with BAD_USER_INPUT', async () => {
    const res = await api.gql('query($code: String!) { city(code: $code) { slots } }', { code: 421000 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets the GraphiQL introspection query through the limits', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await api.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(10);
  });
});
