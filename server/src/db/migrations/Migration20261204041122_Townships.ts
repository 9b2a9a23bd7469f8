import { Migration } from '@mikro-orm/migrations';
import { demoTownships, townshipDistrictCodes } from '../seeders/demo-townships.js';

/**
 * Townships (db/reference/townships.csv) and the township an institution sits in. A
 * database that already holds districts gets their townships here, with the same demo
 * population estimates the seeder gives; its existing institutions keep no township until
 * someone sets one (the column is nullable for them).
 */
export class Migration20261204041122_Townships extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "township" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "code" varchar(9) not null, "name" varchar(50) not null, "name_en" varchar(80) null, "kind" text check ("kind" in ('SUBDISTRICT', 'TOWN', 'TOWNSHIP', 'OTHER')) not null, "district_id" int not null, "population" int not null, "children_under3" int not null, "population_note" text null);`);
    this.addSql(`alter table "township" add constraint "township_code_unique" unique ("code");`);
    this.addSql(`create index "township_district_id_index" on "township" ("district_id");`);
    this.addSql(`alter table "township" add constraint "township_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "institution" add column "township_id" int null;`);
    this.addSql(`alter table "institution" add constraint "institution_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "institution_township_id_index" on "institution" ("township_id");`);

    const districts = (await this.execute('select id, code, population, children_under3 from district')) as { id: number; code: string; population: number; children_under3: number }[];
    const known = new Set(townshipDistrictCodes());
    const present = districts.filter((d) => known.has(d.code));
    if (present.length === 0) return;
    const idOf = new Map(present.map((d) => [d.code, d.id]));
    const rows = demoTownships(present.map((d) => ({ code: d.code, population: d.population, childrenUnder3: d.children_under3 })));
    const text = (s: string) => `'${s.replaceAll("'", "''")}'`;
    const values = rows.map((t) => `(${text(t.code)}, ${text(t.name)}, ${text(t.kind)}, ${idOf.get(t.districtCode)!}, ${t.population}, ${t.childrenUnder3}, ${text(t.populationNote)})`);
    this.addSql(`insert into "township" ("code", "name", "kind", "district_id", "population", "children_under3", "population_note") values ${values.join(', ')};`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "institution" drop constraint "institution_township_id_foreign";`);
    this.addSql(`drop index "institution_township_id_index";`);
    this.addSql(`alter table "institution" drop column "township_id";`);
    this.addSql(`drop table if exists "township" cascade;`);
  }
}
