import { Migration } from '@mikro-orm/migrations';

export class Migration20261122091639_ChangeFeed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "change_event" ("id" bigserial primary key, "at" timestamptz not null default current_timestamp, "table_name" varchar(40) not null, "op" varchar(6) not null, "entity_id" int not null, "city_id" int null, "district_id" int null, "before" jsonb null, "after" jsonb null, "actor" jsonb null);`);
    this.addSql(`create index "change_event_city_id_id_index" on "change_event" ("city_id", "id");`);

    this.addSql(`alter table "institution" drop constraint institution_enrolled_range;`);
    this.addSql(`alter table "institution" drop constraint institution_slots_range;`);

    this.addSql(`alter table "institution" add constraint institution_enrolled_range check(enrolled between 0 and slots);`);
    this.addSql(`alter table "institution" add constraint institution_slots_range check(slots between 0 and 10000);`);

    // Every committed change of what a screen shows becomes a change_event row and a NOTIFY
    // (delivered on COMMIT only; a rolled-back transaction sends nothing). Plain SQL too.
    this.addSql(`create function careboard_change() returns trigger language plpgsql as $$
      declare
        rec jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
        prev jsonb := case when tg_op = 'INSERT' then null else to_jsonb(old) end;
        v_district int;
        v_city int;
        v_seq bigint;
      begin
        -- The seeder loads thousands of rows at once; screens need no event for each.
        if current_setting('careboard.quiet', true) = 'on' then return null; end if;
        if tg_op = 'UPDATE' and rec = prev then return null; end if;
        if tg_table_name = 'city' then
          v_city := (rec->>'id')::int;
        elsif tg_table_name = 'district' then
          v_district := (rec->>'id')::int;
          v_city := (rec->>'city_id')::int;
        else
          v_district := (rec->>'district_id')::int;
          v_city := coalesce((rec->>'city_id')::int, (select d.city_id from district d where d.id = v_district));
        end if;
        insert into change_event (table_name, op, entity_id, city_id, district_id, before, after, actor)
        values (tg_table_name, tg_op, (rec->>'id')::int, v_city, v_district, prev,
                case when tg_op = 'DELETE' then null else rec end,
                nullif(current_setting('careboard.actor', true), '')::jsonb)
        returning id into v_seq;
        perform pg_notify('careboard_change', json_build_object('seq', v_seq, 'city', v_city, 'table', tg_table_name)::text);
        return null;
      end $$;`);
    for (const table of ['city', 'district', 'institution', 'indicator_value', 'target']) {
      this.addSql(`create trigger ${table}_change after insert or update or delete on "${table}"
        for each row execute function careboard_change();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['city', 'district', 'institution', 'indicator_value', 'target']) {
      this.addSql(`drop trigger if exists ${table}_change on "${table}";`);
    }
    this.addSql(`drop function if exists careboard_change();`);
    this.addSql(`drop table if exists "change_event" cascade;`);

    this.addSql(`alter table "institution" drop constraint institution_enrolled_range;`);
    this.addSql(`alter table "institution" drop constraint institution_slots_range;`);

    this.addSql(`alter table "institution" add constraint institution_enrolled_range check((enrolled >= 0) AND (enrolled <= slots));`);
    this.addSql(`alter table "institution" add constraint institution_slots_range check((slots >= 0) AND (slots <= 10000));`);
  }

}
