import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { hostileCorpus, type HostileCase } from './hostile-corpus.js';
import { INPUT_CATEGORIES } from './hostile-corpus-input.js';

// Every case of the corpus against the real server in production mode. Whatever the input:
// never a 5xx, never a stack trace, an internal message or a field suggestion, refusals
// where a limit applies, the database intact, and memory back near its level afterwards.

let api: TestServer;
let staff: string;
beforeAll(async () => {
  api = await startTestServer({ NODE_ENV: 'production' });
  staff = await api.login('staff.shashi');
});
afterAll(() => api?.close());

/** Marks of an internal detail escaping into a response. */
const LEAK = /\n\s+at |node_modules|\.[jt]s:\d+|TypeError|ReferenceError|RangeError|duplicate key value|violates .*constraint|relation "|column "|DriverException|knex|mikro-?orm|ECONNREFUSED|stacktrace/i;
const ANSWER_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED']);

interface Outcome {
  status: number;
  codes: string[];
  reasons: string[];
  body: string;
}

async function send(c: HostileCase): Promise<Outcome> {
  const headers: Record<string, string> = { ...c.headers, ...(c.asStaff ? { authorization: `Bearer ${staff}` } : {}) };
  const response = await fetch(`${api.url}/graphql${c.search ?? ''}`, { method: c.method, headers, ...(c.body !== undefined ? { body: c.body } : {}) });
  const body = await response.text();
  let parsed: { errors?: { extensions?: { code?: string; reason?: string } }[] } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // Not JSON (e.g. a plain 413 from the HTTP layer): judged by status and text alone.
  }
  const errors = Array.isArray(parsed.errors) ? parsed.errors : [];
  return {
    status: response.status,
    codes: errors.map((e) => String(e.extensions?.code)),
    reasons: errors.map((e) => String(e.extensions?.reason ?? '')),
    body,
  };
}

/** What went wrong with one case's outcome, or nothing. */
function judge(c: HostileCase, o: Outcome): string[] {
  const problems: string[] = [];
  if (o.status >= 500) problems.push(`status ${o.status}`);
  if (LEAK.test(o.body)) problems.push(`leak: ${o.body.slice(0, 200)}`);
  if (o.codes.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  if (/Did you mean \\?"/.test(o.body)) problems.push('a field suggestion');
  if (c.expect === 'refused') {
    const refused = (o.status >= 400 && o.status < 500) || (o.codes.length > 0 && o.codes.every((code) => code === 'BAD_USER_INPUT'));
    if (!refused) problems.push(`not refused: ${o.status} ${o.body.slice(0, 120)}`);
    if (c.reason && o.status < 413 && !o.reasons.includes(c.reason)) problems.push(`reason ${o.reasons.join(',')} instead of ${c.reason}`);
  } else if (o.codes.some((code) => !ANSWER_CODES.has(code))) {
    problems.push(`codes ${o.codes.join(',')}`);
  }
  return problems;
}

function heapMB(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe('the hostile-input corpus', () => {
  it('has at least 1,000 cases in every category the issue names', () => {
    const corpus = hostileCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(corpus.map((c) => c.category)).size).toBe(8 + INPUT_CATEGORIES.length);
  });

  it('gets no 5xx, no stack trace, no internal message and a refusal past every limit, leaves the database intact and memory near its level', async () => {
    const corpus = hostileCorpus();
    const [tablesBefore] = await api.sql<{ cities: number; districts: number; users: number }>(
      'select (select count(*)::int from city) cities, (select count(*)::int from district) districts, (select count(*)::int from app_user) users',
    );
    // Warm the server up on the corpus once, so the memory comparison is not of a cold process.
    for (const c of corpus.slice(0, 200)) await send(c);
    const heapBefore = heapMB();

    const table = new Map<string, Record<string, number>>();
    const failures: string[] = [];
    for (const c of corpus) {
      const outcome = await send(c);
      const row = table.get(c.category) ?? { cases: 0, '4xx': 0, '200 with refusal': 0, '200 answered': 0, '5xx': 0, failed: 0 };
      row.cases! += 1;
      if (outcome.status >= 500) row['5xx']! += 1;
      else if (outcome.status >= 400) row['4xx']! += 1;
      else if (outcome.codes.length > 0 && outcome.codes.every((code) => code === 'BAD_USER_INPUT')) row['200 with refusal']! += 1;
      else row['200 answered']! += 1;
      const problems = judge(c, outcome);
      if (problems.length > 0) {
        row.failed! += 1;
        failures.push(`${c.category} / ${c.name}: ${problems.join('; ')}`);
      }
      table.set(c.category, row);
    }
    const heapAfter = heapMB();
    console.log(`\nHostile-input corpus: ${corpus.length} cases against NODE_ENV=production`);
    console.table(Object.fromEntries(table));
    console.log(`heap after GC: ${heapBefore.toFixed(1)} MB before, ${heapAfter.toFixed(1)} MB after`);

    expect(failures).toEqual([]);
    const [tablesAfter] = await api.sql<{ cities: number; districts: number; users: number }>(
      'select (select count(*)::int from city) cities, (select count(*)::int from district) districts, (select count(*)::int from app_user) users',
    );
    expect(tablesAfter).toEqual(tablesBefore);
    // An injection that was a valid name is stored as the literal text it was.
    const [stored] = await api.sql<{ n: number }>(`select count(*)::int n from institution where name = $1`, ["'; drop table institution; --"]);
    expect(stored!.n).toBe(1);
    expect(heapAfter - heapBefore).toBeLessThan(40);
  }, 300_000);
});
