import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { createServer, type RunningServer } from '../../server/src/server.js';
import { admin, withDatabase } from './global-setup.js';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts.js';

/** The key the test servers sign access tokens with, so tests can forge near-miss tokens. */
export const TEST_JWT_SECRET = 'test-secret-for-careboard-black-box-tests-0123456789';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface TestServer {
  url: string;
  databaseUrl: string;
  server: RunningServer;
  /** POSTs an operation to /graphql (as `token`'s bearer, if given) and returns the parsed body with the HTTP status. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Signs in a demo account through the API and returns its access token (cached per account). */
  login(username: string, password?: string): Promise<string>;
  /** Another server process-equivalent on the same database and a new port (a replica). */
  startReplica(): Promise<RunningServer>;
  /** Stops the server and starts it again on the same port and database. */
  restart(): Promise<void>;
  /** Runs plain SQL on the test database, outside the server. */
  sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The real server on a free port, over real HTTP, against its own copy of the seeded
 * template database (or an empty one, which the server migrates and seeds per SEED), or
 * against `databaseUrl`, a database the caller owns and keeps. Close it in afterAll.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { emptyDatabase?: boolean; databaseUrl?: string; clock?: () => Date } = {},
): Promise<TestServer> {
  let dropDatabase: () => Promise<void> = async () => undefined;
  let ownDatabaseUrl = options.databaseUrl;
  if (!ownDatabaseUrl) {
    const serverUrl = inject('pgServerUrl');
    const database = `careboard_test_${randomBytes(6).toString('hex')}`;
    await admin(serverUrl, [options.emptyDatabase ? `create database "${database}"` : `create database "${database}" template "${inject('templateDatabase')}"`]);
    ownDatabaseUrl = withDatabase(serverUrl, database);
    dropDatabase = () => admin(serverUrl, [`drop database if exists "${database}" with (force)`]);
  }
  const databaseUrl = ownDatabaseUrl;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    SEED: 'none',
    EXPOSE_SQL_STATS: 'true',
    LOG_LEVEL: 'warn',
    DASHBOARD_DIST: '/nonexistent',
    JWT_SECRET: TEST_JWT_SECRET,
    ...env,
  });
  const serverOptions = { clock: options.clock };
  let server = await createServer(config, serverOptions);
  const replicas: RunningServer[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // A test may cut every connection (pg_terminate_backend): an idle client's error is not the test's failure.
  pool.on('error', () => undefined);
  const tokens = new Map<string, string>();
  async function gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }
  return {
    url: server.url,
    databaseUrl,
    get server() {
      return server;
    },
    gql,
    async startReplica() {
      const replica = await createServer({ ...config, port: 0 }, serverOptions);
      replicas.push(replica);
      return replica;
    },
    async restart() {
      const port = Number(new URL(server.url).port);
      await server.close();
      server = await createServer({ ...config, port }, serverOptions);
    },
    async login(username: string, password = DEMO_PASSWORD) {
      const cached = tokens.get(username);
      if (cached && password === DEMO_PASSWORD) return cached;
      const res = await gql<{ login: { accessToken: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
        { u: username, p: password },
      );
      if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      tokens.set(username, res.data.login.accessToken);
      return res.data.login.accessToken;
    },
    async sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      return (await pool.query<T>(text, values)).rows;
    },
    async close() {
      await pool.end();
      await Promise.all(replicas.map((r) => r.close()));
      await server.close();
      await dropDatabase();
    },
  };
}
