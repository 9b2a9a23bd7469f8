import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase } from '../../server/src/db/database.js';
import { query } from '../../server/src/common/sql.js';
import { isUsable, watchForFatal } from '../../server/src/db/pool-health.js';
import { admin, withDatabase } from '../support/global-setup.js';

// The connection pool against a real PostgreSQL whose backends are terminated mid-query.
const serverUrl = inject('pgServerUrl');
const database = `careboard_pool_${randomBytes(6).toString('hex')}`;
const databaseUrl = withDatabase(serverUrl, database);
beforeAll(() => admin(serverUrl, [`create database "${database}"`]));
afterAll(() => admin(serverUrl, [`drop database if exists "${database}" with (force)`]));

describe('the database connection pool', () => {
  it('marks a client unusable as soon as its backend is terminated, before the socket closes', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', () => undefined);
    await client.connect();
    watchForFatal(client as never);
    expect(isUsable(client)).toBe(true);
    const seenWhenRejected = await client.query('select pg_terminate_backend(pg_backend_pid())').then(
      () => 'not rejected',
      () => isUsable(client),
    );
    expect(seenWhenRejected).toBe(false);
    await client.end().catch(() => undefined);
  });

  it('keeps an ordinary query error from retiring a client', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    watchForFatal(client as never);
    await expect(client.query('select 1/0')).rejects.toThrow(/division by zero/);
    expect(isUsable(client)).toBe(true);
    expect((await client.query<{ n: number }>('select 2 as n')).rows).toEqual([{ n: 2 }]);
    await client.end();
  });

  it('answers the next query on a fresh connection right after the only one was terminated', async () => {
    // The server's own pool (one connection at most), as openDatabase makes it.
    const db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, DB_POOL_MAX: '1', SEED: 'none', JWT_SECRET: 'x'.repeat(40) }), () => undefined);
    try {
      const em = db.orm.em.fork();
      await expect(query(em, 'select pg_terminate_backend(pg_backend_pid())')).rejects.toThrow();
      const [first] = await query<{ pid: number }>(em, 'select pg_backend_pid() as pid');
      expect(first?.pid).toEqual(expect.any(Number));
      for (let i = 0; i < 5; i += 1) {
        await expect(query(em, 'select pg_terminate_backend(pg_backend_pid())')).rejects.toThrow();
        expect(await query<{ n: number }>(em, 'select 1 as n')).toEqual([{ n: 1 }]);
      }
    } finally {
      await db.close();
    }
  });
});
