import { Migration } from '@mikro-orm/migrations';

/**
 * Change notices also say when the change was written (ms since the epoch, at its trigger),
 * so each server can measure how late notices reach it (careboard_notify_lag_seconds).
 */
export class Migration20261122120000_NotifyTime extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function careboard_change() returns trigger language plpgsql as $$
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
        perform pg_notify('careboard_change', json_build_object('seq', v_seq, 'city', v_city, 'table', tg_table_name,
          'at', (extract(epoch from clock_timestamp()) * 1000)::bigint)::text);
        return null;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function careboard_change() returns trigger language plpgsql as $$
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
  }
}
