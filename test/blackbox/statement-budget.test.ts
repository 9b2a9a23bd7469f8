import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

// Issue 13: lists nested under aliased lists fanned out into thousands of statements
// (Institution.history, one statement per institution). Whatever such a document asks, it
// is either refused before it runs or runs in a few statements, and /healthz stays quick.

let api: TestServer;
let analyst: string;
let districtCodes: string[];
beforeAll(async () => {
  api = await startTestServer({ OVERVIEW_READ_SHARING: 'false' });
  analyst = await api.login('analyst');
  await api.gql('{ me { id } }', {}, analyst); // the account is remembered after its first check
  districtCodes = (await api.sql<{ code: string }>('select code from district order by code')).map((r) => r.code);
});
afterAll(() => api?.close());

const aliases = (n: number, body: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body(i)}`).join(' ')} }`;
const FLAT = aliases(30, () => 'institutions(first: 100) { edges { node { history { id } } } }');
const NESTED = () => aliases(30, (i) => `district(code: "${districtCodes[i % districtCodes.length]}") { institutions(first: 100) { history { id } } }`);
const CITIES = '{ cities { districts { institutions(first: 100) { history { id } } } } }';

const REFUSALS = ['TOO_COSTLY', 'TOO_MANY_STATEMENTS'];
const MAX_STATEMENTS_RUN = 100;

/** A refusal before anything ran, or an answer in a bounded number of statements. */
function expectRefusedOrBounded(res: GraphQLResponse): void {
  const statements = res.extensions?.sqlStatements as number;
  if (res.errors?.length) {
    expect(res.errors.map((e) => e.extensions?.code)).toEqual(res.errors.map(() => 'BAD_USER_INPUT'));
    expect(REFUSALS).toContain(res.errors[0]!.extensions?.reason);
    expect(res.data ?? null).toBeNull();
    expect(statements ?? 0).toBe(0);
  } else {
    expect(statements).toBeLessThanOrEqual(MAX_STATEMENTS_RUN);
  }
}

/** The slowest /healthz answer while `work` runs. */
async function slowestHealthz(work: Promise<unknown>): Promise<number> {
  let done = false;
  let slowest = 0;
  const finished = work.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    await fetch(`${api.url}/healthz`);
    slowest = Math.max(slowest, performance.now() - started);
  }
  await finished;
  return slowest;
}

async function timed(query: string): Promise<GraphQLResponse> {
  const started = performance.now();
  const res = await api.gql(query, {}, analyst);
  console.log(`${query.slice(0, 60)}…: ${(performance.now() - started).toFixed(0)} ms, ${String(res.extensions?.sqlStatements)} statements, ${res.errors?.[0]?.extensions?.reason ?? 'answered'}`);
  return res;
}

describe('alias fan-out through nested lists', () => {
  it('refuses 30 aliases of institutions(first: 100) with each institution’s history, or answers them in a few statements', async () => {
    expectRefusedOrBounded(await timed(FLAT));
  });

  it('refuses 30 aliases of a district’s first 100 institutions with their history, or answers them in a few statements', async () => {
    expectRefusedOrBounded(await timed(NESTED()));
  });

  it('refuses every city’s districts’ institutions with their history, or answers them in a few statements', async () => {
    expectRefusedOrBounded(await timed(CITIES));
  });

  it('keeps /healthz answering within 250 ms while three of each such documents run at once', async () => {
    const work = Promise.all([FLAT, NESTED(), CITIES].flatMap((q) => [q, q, q]).map((q) => api.gql(q, {}, analyst)));
    const slowest = await slowestHealthz(work);
    console.log(`slowest /healthz: ${slowest.toFixed(0)} ms`);
    expect(slowest).toBeLessThan(250);
  });
});
