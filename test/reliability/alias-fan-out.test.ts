import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { wsClient } from '../support/ws-client.js';
import { mulberry32 } from '../../server/src/db/seeders/prng.js';
import { OperationGenerator } from './operation-generator.js';

// The class "alias fan-out through nested lists" (issue 13): generated queries that nest
// list fields under many aliases, as an analyst (who reads every city). Each one is either
// refused before anything runs, or answered within the statement budget and within the
// server's own estimate; over graphql-ws the same verdict. FAN_OUT_DOCUMENTS of them.

const DOCUMENTS = Number(process.env.FAN_OUT_DOCUMENTS ?? 120);
const MAX_STATEMENTS = 100;
const REFUSALS = new Set(['TOO_COSTLY', 'TOO_MANY_STATEMENTS', 'TOO_MANY_ALIASES', 'TOO_DEEP', 'PAGE_TOO_LARGE']);
const here = path.dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(path.join(here, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

let api: TestServer;
let token: string;
beforeAll(async () => {
  api = await startTestServer({ GRAPHQL_MAX_STATEMENTS: String(MAX_STATEMENTS) });
  token = await api.login('analyst');
  await api.gql('{ me { id } }', {}, token); // the account is remembered after its first check
});
afterAll(() => api?.close());

interface Result {
  errors?: { extensions?: { code?: string; reason?: string } }[];
  extensions?: { sqlStatements?: number; statementEstimate?: number };
}

/** The limit reason a result was refused with before it ran, or null when it ran. */
function refusal(result: Result): string | null {
  const reason = result.errors?.[0]?.extensions?.reason;
  return result.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' && reason && REFUSALS.has(reason) ? reason : null;
}

describe('alias fan-out through nested lists', () => {
  it(`refuses before running, or answers within ${MAX_STATEMENTS} statements and the estimate, each of ${DOCUMENTS} generated documents over HTTP and graphql-ws`, async () => {
    const generate = new OperationGenerator(schema, mulberry32(2026_1213));
    const socket = wsClient(api.url, { lazy: false, connectionParams: { token } });
    const tally: Record<string, number> = { documents: 0, refused: 0, answered: 0, 'most statements run': 0 };
    const failures: string[] = [];
    try {
      for (let i = 0; i < DOCUMENTS; i += 1) {
        const query = generate.fanOut();
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        const result = (await response.json()) as Result;
        const statements = result.extensions?.sqlStatements ?? 0;
        const reason = refusal(result);
        tally.documents! += 1;
        if (reason) {
          tally.refused! += 1;
          tally[reason] = (tally[reason] ?? 0) + 1;
          if (statements > 0) failures.push(`refused (${reason}) after ${statements} statements: ${query}`);
        } else {
          tally.answered! += 1;
          tally['most statements run'] = Math.max(tally['most statements run']!, statements);
          if (statements > MAX_STATEMENTS) failures.push(`${statements} statements: ${query}`);
          if (statements > (result.extensions?.statementEstimate ?? 0)) failures.push(`${statements} statements, estimated ${result.extensions?.statementEstimate}: ${query}`);
          if (result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.reason === 'VALIDATION_FAILED')) failures.push(`${JSON.stringify(result.errors).slice(0, 200)}: ${query}`);
        }
        // Every fourth over the socket too: the same limits decide there, before execution.
        if (i % 4 === 0) {
          const overSocket = await new Promise<Result>((resolve) => {
            let first: Result | undefined;
            socket.subscribe({ query }, {
              next: (value) => void (first ??= value as Result),
              error: (error) => resolve(Array.isArray(error) ? { errors: error as Result['errors'] } : { errors: [{ extensions: { code: 'CLOSED' } }] }),
              complete: () => resolve(first ?? {}),
            });
          });
          if (refusal(overSocket) !== reason) failures.push(`over graphql-ws ${refusal(overSocket) ?? 'answered'}, over HTTP ${reason ?? 'answered'}: ${query}`);
        }
      }
    } finally {
      await socket.dispose();
    }
    console.log('\nAlias fan-out through nested lists:');
    console.table([tally]);
    expect(failures.slice(0, 10)).toEqual([]);
    // The generated documents reach both sides of the limits.
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.answered).toBeGreaterThan(0);
  }, 300_000);
});
