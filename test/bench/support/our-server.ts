import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../support/free-port.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface OurServer {
  /** http://127.0.0.1:port */
  url: string;
  /** The embedded PostgreSQL the server started, as the postgres superuser. */
  databaseUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The built server (pnpm bench builds it first) in its own process, as production runs it,
 * on a fresh embedded PostgreSQL with the demo data. Resolves once /readyz answers.
 */
export async function startOurServer(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<OurServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'careboard-bench-'));
  await chmod(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [...nodeArgs, 'server/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-0123456789-0123456789-0123456789',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      // Thousands of screens from this one loopback address: far past the per-address limits.
      WS_MAX_SOCKETS_PER_ADDRESS: '1000000',
      WS_NEW_SOCKETS_PER_ADDRESS_BURST: '1000000',
      WS_NEW_SOCKETS_PER_ADDRESS_PER_SECOND: '1000000',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    if (i > 600) throw new Error('server not ready after 150 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    // The embedded cluster asks for the password it keeps in the data folder.
    databaseUrl: `postgres://postgres:${(await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim()}@127.0.0.1:${pgPort}/careboard`,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in a demo account and returns its access token. */
export async function signIn(url: string, username: string, password = 'careboard-demo-2026'): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', variables: { u: username, p: password } }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.accessToken;
}
