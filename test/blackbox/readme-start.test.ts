import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let child: ChildProcess | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  if (child?.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function waitFor(url: string, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null) throw new Error(`pnpm start exited early:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not ready after ${timeoutMs} ms:\n${output()}`);
}

describe('the README quick start', () => {
  it('builds and starts the product with `pnpm start` on an embedded PostgreSQL that answers 14826 for 荆州市, and stops cleanly', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'careboard-readme-'));
    await chmod(dataDir, 0o755);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    // As in a newcomer's shell: no database URL, and not vitest's NODE_ENV=test.
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    let output = '';
    child = spawn('pnpm', ['start'], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));

    await waitFor(`http://127.0.0.1:${port}/readyz`, 240_000, () => output);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ city(code: "421000") { name slots } }' }),
    });
    expect(await res.json()).toEqual({ data: { city: { name: '荆州市', slots: 14826 } } });
    // Started without NODE_ENV, the server says it runs in development mode.
    expect(output).toContain('NODE_ENV is not set');
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // The embedded PostgreSQL was stopped, not left running: its lock file is gone.
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    for (let i = 0; i < 40 && existsSync(pidFile); i += 1) await new Promise((r) => setTimeout(r, 250));
    expect(existsSync(pidFile)).toBe(false);
  }, 300_000);
});
