import { Migration } from '@mikro-orm/migrations';

/**
 * District parts of a city target (target.parent_id), coverage targets, each city's pace
 * thresholds, and DELETE in the audit trail (a part dropped from a split).
 */
export class Migration20261204042227_TargetParts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "pace_setting" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "city_id" int not null, "behind_from" numeric(6,2) not null, "far_behind_from" numeric(6,2) not null);`);
    this.addSql(`alter table "pace_setting" add constraint "pace_setting_city_id_unique" unique ("city_id");`);
    this.addSql(`alter table "pace_setting" add constraint "pace_setting_city_id_foreign" foreign key ("city_id") references "city" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('CREATE', 'UPDATE', 'FILE', 'CLOSE', 'IMPORT', 'REVOKE', 'DELETE'));`);

    this.addSql(`alter table "target" drop constraint if exists "target_kind_check";`);
    this.addSql(`alter table "target" add constraint "target_kind_check" check("kind" in ('LEVEL', 'INCREASE', 'PER_1000', 'COVERAGE'));`);
    this.addSql(`alter table "target" add column "parent_id" int null, add column "coverage_unit" text check ("coverage_unit" in ('TOWNSHIP', 'DISTRICT')) null;`);
    this.addSql(`alter table "target" add constraint "target_coverage_unit" check (("kind" = 'COVERAGE') = ("coverage_unit" is not null));`);
    this.addSql(`alter table "target" add constraint "target_parent_id_foreign" foreign key ("parent_id") references "target" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "target_parent_id_index" on "target" ("parent_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "target_parent_id_index";`);
    this.addSql(`alter table "target" drop constraint "target_parent_id_foreign";`);
    this.addSql(`alter table "target" drop constraint "target_coverage_unit";`);
    this.addSql(`alter table "target" drop column "parent_id", drop column "coverage_unit";`);
    this.addSql(`alter table "target" drop constraint if exists "target_kind_check";`);
    this.addSql(`alter table "target" add constraint "target_kind_check" check("kind" in ('LEVEL', 'INCREASE', 'PER_1000'));`);
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('CREATE', 'UPDATE', 'FILE', 'CLOSE', 'IMPORT', 'REVOKE'));`);
    this.addSql(`drop table if exists "pace_setting" cascade;`);
  }
}
