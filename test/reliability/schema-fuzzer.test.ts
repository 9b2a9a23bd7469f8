import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { wsClient } from '../support/ws-client.js';
import { mulberry32 } from '../../server/src/db/seeders/prng.js';
import { OperationGenerator } from './operation-generator.js';

// Random valid operations from schema/schema.graphql, for every role, over HTTP and the
// WebSocket. Whatever they ask: an answer or a typed refusal, never INTERNAL_SERVER_ERROR,
// a 5xx or a socket closed on the client. FUZZ_PER_ROLE operations per role (250 in
// pnpm test, 5,000 in pnpm test:reliability): a tenth are subscriptions over graphql-ws,
// and one query in four and one mutation in four go over graphql-ws too, on one
// long-lived connection per role. A few percent of the arguments are hostile on purpose
// (escapes of NUL, lone surrogates and bidi controls in the query text, ids beyond the
// integer range, empty patches: operation-generator.ts), and must be refused, not fail.

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
  'over HTTP': number;
  'over socket': number;
  answered: number;
  refused: number;
  internal: number;
  '5xx': number;
  'socket closed': number;
  /** Hostile values (escapes, surrogates, huge ids) and empty patches among the operations' arguments. */
  hostile: number;
}

type Outcome = { errors?: { extensions?: Record<string, unknown> }[] } | 'closed' | 'no answer';

async function overHttp(query: string, token: string | undefined, tally: Tally, failures: string[]): Promise<void> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  tally.operations += 1;
  tally['over HTTP'] += 1;
  if (response.status >= 500) tally['5xx'] += 1;
  if (codes.includes('INTERNAL_SERVER_ERROR')) tally.internal += 1;
  if (codes.length) tally.refused += 1;
  else tally.answered += 1;
  if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) failures.push(`${response.status} ${JSON.stringify(body).slice(0, 200)} for ${query.slice(0, 300)}`);
}

/** The first result of an operation on `client`: a query's or mutation's one result, a subscription's first event. */
function firstResult(client: Client, query: string, subscription: boolean): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    // A subscription may rightly stay quiet (a ticker with no backlog); a query may not.
    const timer = setTimeout(() => resolve(subscription ? {} : 'no answer'), subscription ? 3_000 : 10_000);
    const stop = client.subscribe(
      { query },
      {
        next: (message) => {
          clearTimeout(timer);
          // A query or mutation completes by itself: releasing it early would also make the
          // graphql-ws client close its connection when no other operation holds it.
          if (subscription) stop();
          resolve(message as Outcome);
        },
        error: (error) => {
          clearTimeout(timer);
          if (Array.isArray(error)) resolve({ errors: error as { extensions?: Record<string, unknown> }[] });
          // A bad or expired token is closed with 4403 by design; any other close is a failure.
          else resolve((error as { code?: number })?.code === 4403 ? { errors: [{ extensions: { code: 'FORBIDDEN' } }] } : 'closed');
        },
        complete: () => {
          clearTimeout(timer);
          resolve({});
        },
      },
    );
  });
}

/**
 * Over graphql-ws: queries and mutations on the role's one long-lived connection, as a
 * client application would send them; each subscription on a connection of its own.
 */
async function overSocket(query: string, socket: Client | undefined, token: string | undefined, tally: Tally, failures: string[]): Promise<void> {
  const client = socket ?? wsClient(api.url, { connectionParams: token ? { token } : {} });
  try {
    const outcome = await firstResult(client, query, !socket);
    tally.operations += 1;
    tally['over socket'] += 1;
    if (typeof outcome === 'string') {
      tally['socket closed'] += 1;
      failures.push(`socket: ${outcome} for ${query.slice(0, 300)}`);
      return;
    }
    const codes = (outcome.errors ?? []).map((e) => String(e.extensions?.code));
    if (codes.length) tally.refused += 1;
    else tally.answered += 1;
    if (codes.includes('INTERNAL_SERVER_ERROR')) {
      tally.internal += 1;
      failures.push(`socket: ${JSON.stringify(outcome).slice(0, 200)} for ${query.slice(0, 300)}`);
    }
  } finally {
    if (!socket) await client.dispose();
  }
}

describe('the schema-driven fuzzer', () => {
  it(`answers ${PER_ROLE} random valid operations per role, over HTTP and graphql-ws, without an internal error or a 5xx`, async () => {
    const table: Record<string, Tally> = {};
    const failures: string[] = [];
    for (const [role, token] of tokens) {
      const generate = new OperationGenerator(schema, mulberry32(20261122 + role.length));
      const tally: Tally = { operations: 0, 'over HTTP': 0, 'over socket': 0, answered: 0, refused: 0, internal: 0, '5xx': 0, 'socket closed': 0, hostile: 0 };
      // The role's long-lived connection: a close the fuzzer did not ask for is a failure,
      // unless it is 4403 (a fuzzed mutation may revoke the very token, by design).
      const socket = wsClient(api.url, { lazy: false, connectionParams: token ? { token } : {} });
      let disposing = false;
      socket.on('closed', (event) => {
        const code = (event as { code?: number }).code;
        if (disposing || code === 4403) return;
        tally['socket closed'] += 1;
        failures.push(`${role}: the long-lived socket was closed with ${code} after operation ${tally.operations}: ${lastOnSocket.slice(0, 300)}`);
      });
      const sent = { query: 0, mutation: 0 };
      let lastOnSocket = '';
      for (let i = 0; i < PER_ROLE; i += 1) {
        const roll = i % 10;
        if (roll === 9) {
          await overSocket(generate.operation('subscription'), undefined, token, tally, failures);
          continue;
        }
        const kind = roll < 6 ? 'query' : 'mutation';
        const operation = generate.operation(kind);
        // One query in four and one mutation in four go over graphql-ws.
        sent[kind] += 1;
        if (sent[kind] % 4 === 0) await overSocket((lastOnSocket = operation), socket, token, tally, failures);
        else await overHttp(operation, token, tally, failures);
      }
      disposing = true;
      await socket.dispose();
      tally.hostile = generate.hostile;
      table[role] = tally;
    }
    console.log(`\nSchema fuzzer: ${PER_ROLE} operations per role (NODE_ENV=production); over the socket: every subscription, one query in four and one mutation in four`);
    console.table(table);
    expect(failures.slice(0, 20)).toEqual([]);
    // Every role got some answers, not only refusals: the operations are valid ones.
    for (const tally of Object.values(table)) expect(tally.answered).toBeGreaterThan(0);
    // And every role sent hostile values too, over both transports' share of the operations.
    for (const tally of Object.values(table)) expect(tally.hostile).toBeGreaterThan(0);
  }, 900_000);
});
