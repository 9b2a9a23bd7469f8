import type { TestProject } from 'vitest/node';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/src/db/embedded-postgres.js';
import { prepareDatabase } from '../../server/src/db/database.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (any database) where tests may create databases. */
    pgServerUrl: string;
    /** A migrated database holding the demo data, to copy for each test file. */
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when given, else an embedded one in
 * a temporary folder. The schema is migrated and the demo data loaded once, into a
 * template that every test file copies (CREATE DATABASE ... TEMPLATE takes milliseconds).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: RunningPostgres | undefined;
  let dataDir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'careboard-test-pg-'));
    // As root, PostgreSQL runs as the postgres user, which must reach the cluster folder.
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort() });
    serverUrl = embedded.url;
  }
  // Per project: with TEST_DATABASE_URL, several projects share one server.
  const template = `careboard_template_${project.name}_${process.pid}`;
  await admin(serverUrl, [`drop database if exists "${template}"`, `create database "${template}"`]);

  await prepareDatabase(withDatabase(serverUrl, template), 'auto', () => undefined);

  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await admin(serverUrl, [`drop database if exists "${template}" with (force)`]).catch(() => undefined);
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function admin(serverUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}
