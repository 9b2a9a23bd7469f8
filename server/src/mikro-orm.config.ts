import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './db/entities.js';
import { migrationsList } from './db/migrations/index.js';
import { countStatement } from './db/sql-stats.js';
import { TIME_ZONE } from './common/dates.js';

export interface OrmConfigOptions {
  clientUrl: string;
  poolMax?: number;
  debug?: boolean;
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
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      // current_date in SQL must be the city's calendar day, whatever the server's zone.
      afterCreate: (connection: { query: (sql: string, done: (error?: Error) => void) => void }, done: (error: Error | undefined, connection: unknown) => void) => {
        connection.query(`set time zone '${TIME_ZONE}'`, (error) => done(error, connection));
      },
    },
    // Every statement passes here; the hook only counts, never rewrites.
    onQuery: countStatement,
    debug: options.debug ?? false,
    allowGlobalContext: false,
  });
}
