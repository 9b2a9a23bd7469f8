import { Migration } from '@mikro-orm/migrations';

export class Migration20261122085336_Accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default current_timestamp, "actor_id" int null, "actor_name" varchar(60) not null, "actor_role" text check ("actor_role" in ('LEADER', 'ANALYST', 'STAFF', 'CITY_ADMIN', 'DISPLAY')) null, "action" text check ("action" in ('CREATE', 'UPDATE', 'FILE', 'CLOSE', 'IMPORT', 'REVOKE')) not null, "entity_type" varchar(40) not null, "entity_id" int not null, "city_id" int null, "district_id" int null, "before" jsonb null, "after" jsonb null, "reason" text null, "request_id" varchar(64) null);`);
    this.addSql(`create index "audit_entry_city_id_at_index" on "audit_entry" ("city_id", "at");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_at_index" on "audit_entry" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "username" varchar(50) not null, "display_name" varchar(50) not null, "role" text check ("role" in ('LEADER', 'ANALYST', 'STAFF', 'CITY_ADMIN', 'DISPLAY')) not null, "password_hash" text not null, "city_id" int null, "disabled" boolean not null default false, "failed_logins" int not null default 0, "locked_until" timestamptz null, "token_version" int not null default 1, "last_login_at" timestamptz null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "refresh_token" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default current_timestamp, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "refresh_token_user_id_index" on "refresh_token" ("user_id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "display_token" ("id" serial primary key, "created_at" timestamptz not null default current_timestamp, "updated_at" timestamptz not null default current_timestamp, "version" int not null default 1, "name" varchar(60) not null, "city_id" int not null, "token_hash" varchar(64) not null, "created_by_id" int null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "display_token" add constraint "display_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "app_user_district" ("user_id" int not null, "district_id" int not null, constraint "app_user_district_pkey" primary key ("user_id", "district_id"));`);

    this.addSql(`alter table "app_user" add constraint "app_user_city_id_foreign" foreign key ("city_id") references "city" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "display_token" add constraint "display_token_city_id_foreign" foreign key ("city_id") references "city" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "display_token" add constraint "display_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "app_user_district" add constraint "app_user_district_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app_user_district" add constraint "app_user_district_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "institution" drop constraint institution_enrolled_range;`);
    this.addSql(`alter table "institution" drop constraint institution_slots_range;`);

    this.addSql(`alter table "institution" add constraint institution_enrolled_range check(enrolled between 0 and slots);`);
    this.addSql(`alter table "institution" add constraint institution_slots_range check(slots between 0 and 10000);`);

    // The audit trail is append-only in the database itself, whoever connects.
    this.addSql(`create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_entry_no_update_delete before update or delete on "audit_entry"
      for each row execute function audit_entry_append_only();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry"
      for each statement execute function audit_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_no_truncate on "audit_entry";`);
    this.addSql(`drop trigger if exists audit_entry_no_update_delete on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_append_only();`);
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_user_id_foreign";`);

    this.addSql(`alter table "display_token" drop constraint "display_token_created_by_id_foreign";`);

    this.addSql(`alter table "app_user_district" drop constraint "app_user_district_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "display_token" cascade;`);

    this.addSql(`drop table if exists "app_user_district" cascade;`);

    this.addSql(`alter table "institution" drop constraint institution_enrolled_range;`);
    this.addSql(`alter table "institution" drop constraint institution_slots_range;`);

    this.addSql(`alter table "institution" add constraint institution_enrolled_range check((enrolled >= 0) AND (enrolled <= slots));`);
    this.addSql(`alter table "institution" add constraint institution_slots_range check((slots >= 0) AND (slots <= 10000));`);
  }

}
