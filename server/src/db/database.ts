import { MikroORM } from '@mikro-orm/postgresql';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { ormConfig } from '../mikro-orm.config.js';
import { City } from '../geography/city.entity.js';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.js';
import { DemoSeeder } from './seeders/demo.seeder.js';

export interface Database {
  orm: MikroORM;
  url: string;
  embedded: RunningPostgres | undefined;
  /** Disconnects, and stops the embedded PostgreSQL unless `leaveRunning` (a tool beside a running server). */
  close(options?: { leaveRunning?: boolean }): Promise<void>;
}

export type Log = (message: string) => void;

const EMBEDDED_DATABASE = 'careboard';

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the data folder; then
 * applies the committed migrations and, on an empty database, loads the demo data.
 */
export async function openDatabase(config: Config, log: Log): Promise<Database> {
  let embedded: RunningPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), port: config.embeddedPgPort, log });
    url = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  let orm: MikroORM | undefined;
  try {
    orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: config.dbPoolMax, warn: log }));
    await migrateAndSeed(orm, config.seed, log);
  } catch (error) {
    await orm?.close();
    await embedded?.stop();
    throw error;
  }
  const opened = orm;
  return {
    orm: opened,
    url,
    embedded,
    async close(options = {}) {
      await opened.close();
      if (!options.leaveRunning) await embedded?.stop();
    },
  };
}

export async function migrateAndSeed(orm: MikroORM, seed: Config['seed'], log: Log): Promise<void> {
  const applied = await orm.migrator.up();
  if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  if (seed === 'none') return;
  const em = orm.em.fork();
  if ((await em.count(City, {})) === 0) {
    log(seed === 'auto' ? 'empty database: loading the demo data set' : 'empty database: loading the cities, districts and indicator dictionary');
    await new DemoSeeder(new Date(), seed === 'reference').run(orm.em.fork());
  }
}

/** Creates the database on first start; returns its URL. */
async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates (and on an empty database seeds) the database at `url`, then disconnects. */
export async function prepareDatabase(url: string, seed: Config['seed'], log: Log): Promise<void> {
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: 2 }));
  try {
    await migrateAndSeed(orm, seed, log);
  } finally {
    await orm.close();
  }
}
