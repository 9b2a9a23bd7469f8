import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../../../support/free-port.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** test/bench: tsx and postgraphile resolve from its node_modules, and its tsconfig applies. */
const benchDir = path.resolve(here, '..', '..');

export interface PeerServer {
  /** http://127.0.0.1:port; GraphQL at /graphql. */
  url: string;
  stop(): Promise<void>;
}

/** Creates (or recreates) the careboard_peer schema: one transaction, so it is all or nothing. */
export async function applyPeerSchema(databaseUrl: string): Promise<void> {
  const sql = await readFile(path.join(here, 'peer-schema.sql'), 'utf8');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // No parameters: the simple protocol runs the whole file, statement after statement.
    await client.query(`set client_min_messages = warning; begin; ${sql}; commit;`);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * PostGraphile v5 over `databaseUrl` in its own Node.js process (as ours runs in its own),
 * with a pool of `poolSize` connections. Resolves once it answers a GraphQL request.
 */
export async function startPostGraphile(options: { databaseUrl: string; poolSize: number }): Promise<PeerServer> {
  await applyPeerSchema(options.databaseUrl);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', './peers/postgraphile/polyfill.mjs', '--import', 'tsx', './peers/postgraphile/server.ts'],
    {
      cwd: benchDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        GRAPHILE_ENV: 'production',
        PEER_DATABASE_URL: options.databaseUrl,
        PEER_POOL_SIZE: String(options.poolSize),
        PEER_PORT: String(port),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    for (let i = 0; ; i += 1) {
      if (child.exitCode !== null) throw new Error(`PostGraphile exited with ${child.exitCode} before it was ready`);
      if (await answers(url)) break;
      if (i > 240) throw new Error('PostGraphile not ready after 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
