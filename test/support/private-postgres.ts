import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/src/db/embedded-postgres.js';
import { prepareDatabase } from '../../server/src/db/database.js';
import { admin, withDatabase } from './global-setup.js';
import { freePort } from './free-port.js';

export interface PrivatePostgres {
  /** The migrated database holding the demo data. */
  databaseUrl: string;
  /** Stops the cluster (pg_ctl stop -m fast): every connection is cut, in-flight transactions roll back. */
  stop(): Promise<void>;
  /** Starts it again on the same data folder and port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An embedded PostgreSQL for one test file alone, for tests that stop and start the
 * database itself: the shared one of global-setup.ts serves every other file at once.
 * The demo data is loaded into its `careboard` database as the server would on first start.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'careboard-private-pg-'));
  // As root, PostgreSQL runs as the postgres user, which must reach the cluster folder.
  await chmod(dir, 0o755);
  const options = { dataDir: path.join(dir, 'pg'), port: await freePort() };
  let running: RunningPostgres | undefined = await startEmbeddedPostgres(options);
  const serverUrl = running.url;
  await admin(serverUrl, ['create database careboard']);
  const databaseUrl = withDatabase(serverUrl, 'careboard');
  await prepareDatabase(databaseUrl, 'auto', () => undefined);
  return {
    databaseUrl,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      // Once more after a pause, should something else have taken the port meanwhile.
      running ??= await startEmbeddedPostgres(options).catch(async () => {
        await new Promise((r) => setTimeout(r, 500));
        return startEmbeddedPostgres(options);
      });
    },
    async close() {
      await running?.stop();
      running = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
