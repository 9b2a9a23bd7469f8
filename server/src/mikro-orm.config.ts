import { defineConfig, type Options, type PoolConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './db/entities.js';
import { migrationsList } from './db/migrations/index.js';
import { countStatement } from './db/sql-stats.js';
import { TIME_ZONE } from './common/dates.js';
import { isUsable, watchForFatal, type WatchedClient } from './db/pool-health.js';

export interface OrmConfigOptions {
  clientUrl: string;
  poolMax?: number;
  debug?: boolean;
  /**
   * Where the driver's own warnings go (e.g. "Connection Error: …" when a pooled connection
   * drops). Unset, knex prints them as plain text on stdout, which breaks the server's JSON logs.
   */
  warn?: (message: string) => void;
}

export function ormConfig(options: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    // Explicit types on every property: tsx, esbuild and vitest emit no decorator metadata.
    discovery: { requireEntitiesArray: true },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      path: 'src/db/migrations',
      emit: 'ts',
      snapshot: false,
      silent: true,
    },
    pool: poolConfig(options.poolMax ?? 10),
    ...(options.warn ? { driverOptions: { log: knexLog(options.warn) } } : {}),
    // Every statement passes here; the hook only counts, never rewrites.
    onQuery: countStatement,
    debug: options.debug ?? false,
    allowGlobalContext: false,
  });
}

/** knex's logger hooks, every one sent to `warn` as one line of text. */
function knexLog(warn: (message: string) => void) {
  const line = (message: unknown) => warn(`database driver: ${typeof message === 'string' ? message : JSON.stringify(message)}`);
  return { warn: line, error: line, deprecate: line, debug: line };
}

/**
 * The pool as knex reads it. MikroORM passes it through unchanged; its own type lacks knex's
 * `validate`, which tarn calls before handing out a connection.
 */
function poolConfig(max: number): PoolConfig {
  const pool: PoolConfig & { validate: (connection: object) => boolean } = {
    min: 0,
    max,
    // current_date in SQL must be the city's calendar day, whatever the server's zone.
    afterCreate: (connection: WatchedClient & { query: (sql: string, done: (error?: Error) => void) => void }, done: (error: Error | undefined, connection: unknown) => void) => {
      watchForFatal(connection);
      connection.query(`set time zone '${TIME_ZONE}'`, (error) => done(error, connection));
    },
    // A connection whose backend was terminated is dropped before its socket closes.
    validate: (connection) => isUsable(connection),
  };
  return pool;
}
