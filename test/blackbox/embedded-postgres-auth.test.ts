import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/src/db/embedded-postgres.js';
import { freePort } from '../support/free-port.js';

// The embedded launcher in a folder of its own, as `pnpm start` runs it in DATA_DIR.
let dir: string;
let options: { dataDir: string; port: number };
let running: RunningPostgres | undefined;
const passwordFile = () => path.join(dir, 'postgres-password');
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'careboard-pg-auth-'));
  // As root, PostgreSQL runs as the postgres user, which must reach the cluster folder.
  await chmod(dir, 0o755);
  options = { dataDir: path.join(dir, 'postgres'), port: await freePort() };
});
afterAll(async () => {
  await running?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** How a connection as the superuser without the right password ends: the server's SQLSTATE, or 'let in'. */
async function connectAs(target: { host: string; port: number }, password?: string): Promise<string> {
  const client = new pg.Client({ ...target, user: 'postgres', database: 'postgres', password: password ?? (() => Promise.reject(new Error('no password'))) });
  try {
    await client.connect();
    await client.end();
    return 'let in';
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  it('refuses the superuser without the password, over loopback TCP and its socket alike, and lets the server in with it', async () => {
    running = await startEmbeddedPostgres(options);
    const tcp = { host: '127.0.0.1', port: options.port };
    expect(await connectAs(tcp)).toBe('no password');
    // 28P01: password authentication failed, said by the server.
    expect(await connectAs(tcp, 'a-guess')).toBe('28P01');
    expect(await connectAs({ host: options.dataDir, port: options.port }, 'a-guess')).toBe('28P01');
    expect(await query(running.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    const [role] = await query<{ scram: boolean }>(running.url, `select rolpassword like 'SCRAM-SHA-256$%' as scram from pg_authid where rolname = 'postgres'`);
    expect(role!.scram).toBe(true);
  });

  it('keeps the password in DATA_DIR, readable by its owner alone (mode 0600)', async () => {
    expect(running!.passwordFile).toBe(passwordFile());
    expect((await stat(passwordFile())).mode & 0o777).toBe(0o600);
    expect(running!.url).toContain(encodeURIComponent((await readFile(passwordFile(), 'utf8')).trim()));
  });

  it('moves a data folder made by the old trust setup to passwords on start, keeping its data', async () => {
    // The old setup: initdb --auth=trust, a superuser without a password, no password file.
    await query(running!.url, 'create table kept (note text); insert into kept values ($$from before$$); alter role postgres password null');
    await running!.stop();
    running = undefined;
    const hba = path.join(options.dataDir, 'pg_hba.conf');
    await writeFile(hba, (await readFile(hba, 'utf8')).replaceAll('scram-sha-256', 'trust'));
    await rm(passwordFile());

    running = await startEmbeddedPostgres(options);
    expect(await connectAs({ host: '127.0.0.1', port: options.port })).toBe('no password');
    expect((await stat(passwordFile())).mode & 0o777).toBe(0o600);
    expect(await query(running.url, 'select note from kept')).toEqual([{ note: 'from before' }]);
    expect(await readFile(hba, 'utf8')).not.toMatch(/^[^#\n]*\btrust\s*$/m);
  });

  it('starts again on the kept password, and refuses to start, naming the file, once that file is gone', async () => {
    await running!.stop();
    running = await startEmbeddedPostgres(options);
    expect(await query(running.url, 'select note from kept')).toEqual([{ note: 'from before' }]);
    await running.stop();
    running = undefined;
    await rm(passwordFile());
    await expect(startEmbeddedPostgres(options)).rejects.toThrow(/postgres-password is missing/);
  });
});
