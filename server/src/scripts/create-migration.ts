// Writes a new migration from the difference between the entities and the database at
// a throw-away embedded PostgreSQL with every committed migration applied. Add the new
// file to db/migrations/index.ts. Never pointed at a real database.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import { ormConfig } from '../mikro-orm.config.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

const pg = await startEmbeddedPostgres({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'careboard-mig-')), port: 54398 });
const orm = await MikroORM.init(ormConfig({ clientUrl: pg.url }));
try {
  await orm.migrator.up();
  const result = await orm.migrator.createMigration(path.resolve('src/db/migrations'), false, false, process.argv[2]);
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
  console.log(result.code);
} finally {
  await orm.close();
  await pg.stop();
}
