import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { admin, withDatabase } from '../support/global-setup.js';
import { freePort } from '../support/free-port.js';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts.js';

// The server as a deployment runs it (its own process, NODE_ENV=production, LOG_LEVEL=info),
// its standard output captured: every line is JSON, every request's lines carry its reqId
// (the x-request-id of the response), a masked internal error is logged with its request id
// and stack, and no password or token that went through the server is written anywhere.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const JWT_SECRET = randomBytes(32).toString('hex');

let server: ChildProcess | undefined;
let database = '';
let databaseUrl = '';
let url = '';
let stdout = '';
let stderr = '';

beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  database = `careboard_logs_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, [`create database "${database}" template "${inject('templateDatabase')}"`]);
  databaseUrl = withDatabase(serverUrl, database);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', JWT_SECRET, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED: 'none', DASHBOARD_DIST: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  server.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 200))) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${stdout}\n${stderr}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the server was not ready within 60 s:\n${stdout}\n${stderr}`);
  }
}, 90_000);

afterAll(async () => {
  if (server?.exitCode === null) server.kill('SIGKILL');
  if (database) await admin(inject('pgServerUrl'), [`drop database if exists "${database}" with (force)`]).catch(() => undefined);
});

async function post<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { requestId: response.headers.get('x-request-id')!, body: (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

interface LogLine {
  level: number;
  time: number;
  msg: string;
  reqId?: string;
  err?: { message?: string; stack?: string };
  [key: string]: unknown;
}

describe('the production logs', () => {
  it('are JSON lines that name each request by its x-request-id, log a masked error with its request id and stack, and hold no password or token', async () => {
    const given = await post('{ cities { code } }', {}, { 'x-request-id': 'logs-test-given-7' });
    expect(given.requestId).toBe('logs-test-given-7');
    const generated = await post('{ cities { code } }');
    expect(generated.requestId).toMatch(/^[0-9a-f-]{36}$/);

    // Secrets through every door: a password and a refresh token in variables, an access
    // token in the Authorization header, a screen token in the wall's address.
    const login = await post<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }',
      { u: 'admin.jz', p: DEMO_PASSWORD },
    );
    const { accessToken, refreshToken } = login.body.data!.login;
    const bearer = { authorization: `Bearer ${accessToken}` };
    const me = await post<{ me: { kind: string } }>('{ me { kind } }', {}, bearer);
    expect(me.body.data?.me.kind).toBe('USER');
    const issued = await post<{ issueDisplayToken: { token: string } }>('mutation { issueDisplayToken(cityCode: "421000", name: "日志测试 / logs test") { token } }', {}, bearer);
    const screenToken = issued.body.data!.issueDisplayToken.token;
    const wall = await fetch(`${url}/?city=421000&token=${encodeURIComponent(screenToken)}`);
    expect(wall.status).toBe(200);
    const refreshed = await post<{ refreshToken: { accessToken: string; refreshToken: string } }>('mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }', { t: refreshToken }, bearer);
    expect(refreshed.body.data?.refreshToken.accessToken).toBeTruthy();

    // A masked internal error: the server's query waits on a lock, then its connection is cut.
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    let doomed: Awaited<ReturnType<typeof post>>;
    try {
      await locker.query('begin; lock table institution in access exclusive mode');
      const pending = post('{ cities { code slots } }', {}, { ...bearer, 'x-request-id': 'logs-test-doomed' });
      let terminated = 0;
      for (let i = 0; i < 100 && terminated === 0; i += 1) {
        await new Promise((r) => setTimeout(r, 20));
        const rows = await locker.query<{ n: string }>(
          `select count(pg_terminate_backend(pid)) n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
        );
        terminated = Number(rows.rows[0]!.n);
      }
      expect(terminated).toBe(1);
      doomed = await pending;
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await locker.end();
    }
    const masked = doomed.body.errors?.[0]?.extensions;
    expect(masked).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'logs-test-doomed' });

    // Every connection of the server cut at once, idle ones included (a database restart or
    // failover looks like this): what the process says about it is JSON too, and it recovers.
    await Promise.all(Array.from({ length: 4 }, () => post('{ cities { code slots } }')));
    const cutter = new pg.Client({ connectionString: databaseUrl });
    await cutter.connect();
    const cut = await cutter.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    await cutter.end();
    expect(cut.rowCount).toBeGreaterThan(1);
    await new Promise((r) => setTimeout(r, 300));
    const recovered = await post<{ city: { slots: number } }>('{ city(code: "421000") { slots } }', {}, bearer);
    expect(recovered.body.data?.city.slots).toBe(14826);

    // Stop the server cleanly, so that everything it wrote is in.
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    server!.kill('SIGTERM');
    expect(await exited).toBe(0);

    const lines = stdout.split('\n').filter((l) => l.trim() !== '');
    const notJson = lines.filter((l) => {
      try {
        const parsed = JSON.parse(l) as LogLine;
        return typeof parsed.level !== 'number' || typeof parsed.time !== 'number' || typeof parsed.msg !== 'string';
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
    const log = lines.map((l) => JSON.parse(l) as LogLine);

    // Each request's lines carry its reqId: at least the incoming request and its completion.
    const requests = [given, generated, login, me, issued, refreshed, doomed, recovered];
    for (const { requestId } of requests) {
      const mine = log.filter((l) => l.reqId === requestId);
      expect(mine.map((l) => l.msg), `log lines of request ${requestId}`).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    }
    // The masked error: logged at error level under the id the client was given, among the
    // request's own lines (the same reqId), with its stack.
    const errorLines = log.filter((l) => l.level >= 50 && l.reqId === masked!.requestId);
    expect(errorLines.length).toBeGreaterThan(0);
    expect(errorLines.some((l) => typeof l.err?.stack === 'string' && l.err.stack.split('\n').length > 2)).toBe(true);

    // No secret, anywhere in what the process wrote.
    const written = stdout + stderr;
    const secrets = { password: DEMO_PASSWORD, 'access token': accessToken, 'refresh token': refreshToken, 'screen token': screenToken, 'new refresh token': refreshed.body.data!.refreshToken.refreshToken, 'JWT secret': JWT_SECRET };
    const leaked = Object.entries(secrets).filter(([, value]) => written.includes(value) || written.includes(encodeURIComponent(value)));
    expect(leaked.map(([name]) => name)).toEqual([]);

    const levels = log.reduce<Record<string, number>>((n, l) => ((n[String(l.level)] = (n[String(l.level)] ?? 0) + 1), n), {});
    console.log(`logs: ${lines.length} lines, all JSON (by level ${JSON.stringify(levels)}); ${requests.length} requests each found by reqId; masked error ${masked!.requestId} logged with its stack; ${Object.keys(secrets).length} secrets checked, none written`);
  }, 60_000);
});
