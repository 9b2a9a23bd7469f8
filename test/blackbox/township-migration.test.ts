import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../../server/src/mikro-orm.config.js';
import { admin, withDatabase } from '../support/global-setup.js';

// A database from before townships existed: migrating it gives its districts their townships
// (with the demo population estimates) and leaves its institutions without one.

// The server's own MikroORM (this package does not depend on it), so its migrations run as the server runs them.
interface Orm { migrator: { up(options?: { to?: string }): Promise<unknown> }; close(): Promise<void> }
const serverRequire = createRequire(new URL('../../server/package.json', import.meta.url));
const { MikroORM } = (await import(serverRequire.resolve('@mikro-orm/postgresql'))) as { MikroORM: { init(options: unknown): Promise<Orm> } };

const serverUrl = inject('pgServerUrl');
const database = `careboard_test_${randomBytes(6).toString('hex')}`;
afterAll(() => admin(serverUrl, [`drop database if exists "${database}" with (force)`]));

describe('the townships migration', () => {
  it('loads the townships of the districts an existing database holds, and leaves its institutions unplaced', async () => {
    await admin(serverUrl, [`create database "${database}"`]);
    const url = withDatabase(serverUrl, database);
    const orm = await MikroORM.init(ormConfig({ clientUrl: url }));
    const client = new pg.Client({ connectionString: url });
    try {
      await orm.migrator.up({ to: 'Migration20261201090000_LoginThrottle' });
      await client.connect();
      await client.query(`insert into city (code, name, name_en, province, population, children_under3) values ('421000', '荆州市', 'Jingzhou', '湖北省', 5230000, 115140)`);
      await client.query(`insert into district (code, name, name_en, kind, city_id, population, children_under3, residents60plus)
                          select '421024', '江陵县', 'Jiangling County', 'COUNTY', id, 270000, 6120, 67200 from city`);
      await client.query(`insert into institution (name, district_id, ownership, slots, enrolled, age_classes, address, opened_on)
                          select '旧托育园', id, 'PRIVATE', 50, 10, '{TODDLER}', '江陵县旧地址', '2020-01-01' from district`);
      await orm.migrator.up();
      const townships = (await client.query<{ n: number; population: number; children: number; other: number }>(
        `select count(*)::int n, sum(population)::int population, sum(children_under3)::int children, (count(*) filter (where kind = 'OTHER'))::int other from township`)).rows[0]!;
      // 江陵县 in townships.csv: 8 towns and townships, and 三湖管理区, 六合垸管理区 and 江北监狱.
      expect(townships).toEqual({ n: 11, population: 270000, children: 6120, other: 3 });
      const institution = (await client.query<{ township_id: number | null }>('select township_id from institution')).rows[0]!;
      expect(institution.township_id).toBeNull();
    } finally {
      await client.end();
      await orm.close();
    }
  });
});
