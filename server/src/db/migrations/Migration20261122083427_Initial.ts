import { Migration } from '@mikro-orm/migrations';

export class Migration20261122083427_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "city" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "code" varchar(6) not null, "name" varchar(50) not null, "name_en" varchar(80) not null, "province" varchar(50) not null, "population" int not null, "children_under3" int not null);`);
    this.addSql(`alter table "city" add constraint "city_code_unique" unique ("code");`);

    this.addSql(`create table "district" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "code" varchar(6) not null, "name" varchar(50) not null, "name_en" varchar(80) not null, "kind" text check ("kind" in ('DISTRICT', 'COUNTY', 'COUNTY_CITY')) not null, "city_id" int not null, "population" int not null, "children_under3" int not null, "residents60plus" int not null);`);
    this.addSql(`alter table "district" add constraint "district_code_unique" unique ("code");`);
    this.addSql(`create index "district_city_id_index" on "district" ("city_id");`);

    this.addSql(`create table "indicator_definition" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "key" varchar(60) not null, "name_zh" varchar(100) not null, "name_en" varchar(150) not null, "category" text check ("category" in ('YOUNG', 'OLD')) not null, "unit" varchar(20) not null, "definition" text not null, "formula" text null, "source" text not null, "frequency" text check ("frequency" in ('MONTHLY', 'QUARTERLY', 'YEARLY')) not null, "computation" text check ("computation" in ('STORED', 'LIVE', 'DERIVED')) not null, "higher_is_better" boolean not null default true);`);
    this.addSql(`alter table "indicator_definition" add constraint "indicator_definition_key_unique" unique ("key");`);

    this.addSql(`create table "indicator_value" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "indicator_id" int not null, "city_id" int null, "district_id" int null, "period" date not null, "value" numeric(18,4) not null, "source_note" text null, constraint indicator_value_one_scope check ((city_id is null) <> (district_id is null)));`);
    this.addSql(`create unique index "indicator_value_city_period_unique" on "indicator_value" ("indicator_id", "city_id", "period") where "city_id" is not null;`);
    this.addSql(`create unique index "indicator_value_district_period_unique" on "indicator_value" ("indicator_id", "district_id", "period") where "district_id" is not null;`);

    this.addSql(`create table "institution" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "name" varchar(100) not null, "district_id" int not null, "ownership" text check ("ownership" in ('PUBLIC', 'PRIVATE', 'EMPLOYER', 'COMMUNITY', 'KINDERGARTEN')) not null, "inclusive" boolean not null default false, "filed_on" date null, "demonstration_level" text check ("demonstration_level" in ('NONE', 'CITY', 'PROVINCIAL', 'NATIONAL')) not null default 'NONE', "pilot_level" text check ("pilot_level" in ('NONE', 'CITY', 'PROVINCIAL')) not null default 'NONE', "slots" int not null, "enrolled" int not null, "age_classes" text[] not null, "address" varchar(200) not null, "opened_on" date not null, "closed_on" date null, constraint institution_closed_after_opened check (closed_on is null or closed_on >= opened_on), constraint institution_enrolled_range check (enrolled between 0 and slots), constraint institution_slots_range check (slots between 0 and 10000));`);
    this.addSql(`create index "institution_district_id_closed_on_index" on "institution" ("district_id", "closed_on");`);

    this.addSql(`create table "target" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "city_id" int null, "district_id" int null, "indicator_id" int not null, "title" varchar(100) not null, "kind" text check ("kind" in ('LEVEL', 'INCREASE', 'PER_1000')) not null, "starts_on" date not null, "deadline" date not null, "baseline" numeric(18,4) not null, "target_value" numeric(18,4) not null, constraint target_one_scope check ((city_id is null) <> (district_id is null)));`);
    this.addSql(`create index "target_city_id_index" on "target" ("city_id");`);
    this.addSql(`create index "target_district_id_index" on "target" ("district_id");`);

    this.addSql(`alter table "district" add constraint "district_city_id_foreign" foreign key ("city_id") references "city" ("id") on update cascade;`);

    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_foreign" foreign key ("indicator_id") references "indicator_definition" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_city_id_foreign" foreign key ("city_id") references "city" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "institution" add constraint "institution_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade;`);

    this.addSql(`alter table "target" add constraint "target_city_id_foreign" foreign key ("city_id") references "city" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "target" add constraint "target_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "target" add constraint "target_indicator_id_foreign" foreign key ("indicator_id") references "indicator_definition" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "district" drop constraint "district_city_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_city_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_city_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_district_id_foreign";`);

    this.addSql(`alter table "institution" drop constraint "institution_district_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_district_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_indicator_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_indicator_id_foreign";`);

    this.addSql(`drop table if exists "city" cascade;`);

    this.addSql(`drop table if exists "district" cascade;`);

    this.addSql(`drop table if exists "indicator_definition" cascade;`);

    this.addSql(`drop table if exists "indicator_value" cascade;`);

    this.addSql(`drop table if exists "institution" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);
  }

}
