import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

async function post(query: string, requestId?: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify({ query }),
  });
  return { header: res.headers.get('x-request-id'), body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('errors the client cannot act on', () => {
  it('names every response with its request id, taking a well-formed one from the caller', async () => {
    expect((await post('{ cities { code } }', 'trace-42')).header).toBe('trace-42');
    expect((await post('{ cities { code } }', 'bad id with spaces')).header).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks a database failure as INTERNAL_SERVER_ERROR with the request id, no internal message, and recovers', async () => {
    // Hold a lock so the server's query waits, then end its connection mid-query.
    const locker = new pg.Client({ connectionString: api.databaseUrl });
    await locker.connect();
    let failed: Awaited<ReturnType<typeof post>>;
    try {
      await locker.query('begin; lock table institution in access exclusive mode');
      const pending = post('{ cities { code slots } }', 'doomed-request');
      let terminated = 0;
      for (let i = 0; i < 100 && terminated === 0; i += 1) {
        await new Promise((r) => setTimeout(r, 20));
        const rows = await locker.query<{ n: string }>(
          `select count(pg_terminate_backend(pid)) n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
        );
        terminated = Number(rows.rows[0]!.n);
      }
      expect(terminated).toBe(1);
      failed = await pending;
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await locker.end();
    }
    const error = failed.body.errors![0]!;
    expect(failed.header).toBe('doomed-request');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'doomed-request' });
    expect(error.message).toContain('doomed-request');
    expect(JSON.stringify(failed.body)).not.toMatch(/terminat|postgres|select|stack/i);

    const after = await post('{ city(code: "421000") { slots } }');
    expect(after.body).toEqual({ data: { city: { slots: 14826 } }, extensions: expect.any(Object) });
  });
});
