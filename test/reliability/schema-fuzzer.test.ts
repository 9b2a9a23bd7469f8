import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { wsClient } from '../support/ws-client.js';
import { mulberry32 } from '../../server/src/db/seeders/prng.js';
import { OperationGenerator } from './operation-generator.js';

// Random valid operations from schema/schema.graphql, for every role, over HTTP and the
// WebSocket. Whatever they ask: an answer or a typed refusal, never INTERNAL_SERVER_ERROR
// or a 5xx. FUZZ_PER_ROLE operations per role (250 in pnpm test, 5,000 in
// pnpm test:reliability), a tenth of them subscriptions over graphql-ws.

const PER_ROLE = Number(process.env.FUZZ_PER_ROLE ?? 250);
const here = path.dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(path.join(here, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

let api: TestServer;
const tokens = new Map<string, string | undefined>();
beforeAll(async () => {
  api = await startTestServer({ NODE_ENV: 'production' });
  tokens.set('anonymous', undefined);
  for (const [role, account] of [
    ['LEADER', 'leader.jz'],
    ['ANALYST', 'analyst'],
    ['STAFF', 'staff.shashi'],
    ['CITY_ADMIN', 'admin.jz'],
  ] as const) {
    tokens.set(role, await api.login(account));
  }
  const issued = await api.gql<{ issueDisplayToken: { token: string } }>('mutation { issueDisplayToken(cityCode: "421000", name: "fuzz screen") { token } }', {}, tokens.get('CITY_ADMIN'));
  tokens.set('DISPLAY', issued.data!.issueDisplayToken.token);
});
afterAll(() => api?.close());

interface Tally {
  operations: number;
  answered: number;
  refused: number;
  internal: number;
  '5xx': number;
}

async function overHttp(query: string, token: string | undefined, tally: Tally, failures: string[]): Promise<void> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  tally.operations += 1;
  if (response.status >= 500) tally['5xx'] += 1;
  if (codes.includes('INTERNAL_SERVER_ERROR')) tally.internal += 1;
  if (codes.length) tally.refused += 1;
  else tally.answered += 1;
  if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) failures.push(`${response.status} ${JSON.stringify(body).slice(0, 200)} for ${query.slice(0, 300)}`);
}

async function overSocket(query: string, token: string | undefined, tally: Tally, failures: string[]): Promise<void> {
  const client = wsClient(api.url, { connectionParams: token ? { token } : {} });
  try {
    const outcome = await new Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>((resolve) => {
      const timer = setTimeout(() => resolve({}), 3_000);
      const stop = client.subscribe(
        { query },
        {
          next: (message) => {
            clearTimeout(timer);
            stop();
            resolve(message as { errors?: { extensions?: Record<string, unknown> }[] });
          },
          error: (error) => {
            clearTimeout(timer);
            resolve({ errors: Array.isArray(error) ? (error as { extensions?: Record<string, unknown> }[]) : [{ extensions: { code: (error as { code?: number })?.code === 4403 ? 'FORBIDDEN' : 'CLOSED' } }] });
          },
          complete: () => {
            clearTimeout(timer);
            resolve({});
          },
        },
      );
    });
    const codes = (outcome.errors ?? []).map((e) => String(e.extensions?.code));
    tally.operations += 1;
    if (codes.length) tally.refused += 1;
    else tally.answered += 1;
    if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('CLOSED')) {
      tally.internal += 1;
      failures.push(`socket: ${JSON.stringify(outcome).slice(0, 200)} for ${query.slice(0, 300)}`);
    }
  } finally {
    await client.dispose();
  }
}

describe('the schema-driven fuzzer', () => {
  it(`answers ${PER_ROLE} random valid operations per role, over HTTP and graphql-ws, without an internal error or a 5xx`, async () => {
    const table: Record<string, Tally> = {};
    const failures: string[] = [];
    for (const [role, token] of tokens) {
      const generate = new OperationGenerator(schema, mulberry32(20261122 + role.length));
      const tally: Tally = { operations: 0, answered: 0, refused: 0, internal: 0, '5xx': 0 };
      for (let i = 0; i < PER_ROLE; i += 1) {
        const roll = i % 10;
        if (roll === 9) await overSocket(generate.operation('subscription'), token, tally, failures);
        else await overHttp(generate.operation(roll < 6 ? 'query' : 'mutation'), token, tally, failures);
      }
      table[role] = tally;
    }
    console.log(`\nSchema fuzzer: ${PER_ROLE} operations per role (NODE_ENV=production)`);
    console.table(table);
    expect(failures.slice(0, 20)).toEqual([]);
    // Every role got some answers, not only refusals: the operations are valid ones.
    for (const tally of Object.values(table)) expect(tally.answered).toBeGreaterThan(0);
  }, 900_000);
});
