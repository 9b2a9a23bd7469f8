-- careboard_peer: what PostGraphile v5 needs to serve the same wall figures as our
-- cityOverview, written the way a PostGraphile project would: composite types and STABLE
-- functions over the tables our migrations created. One GraphQL request with four root
-- fields (wallCity, wallDistricts, wallTargets, wallIndicators) fetches what a wall needs.
--
-- The rules mirror server/src (figure.service.ts, figure-rules.ts, targets/progress.ts,
-- childcare/institution-stats.service.ts, overview/overview.service.ts); queries.ts checks
-- that both answers agree before anything is timed. Arithmetic is done in double precision,
-- as JavaScript does it, so the figures match to the last bit where the inputs do.
--
-- Applied by start.ts before PostGraphile starts; dropping and recreating the schema in one
-- transaction makes that idempotent however this file changes.

drop schema if exists careboard_peer cascade;
create schema careboard_peer;

-- ── Helpers (hidden from the GraphQL schema by @behavior -*) ─────────────────────────────

-- "Today" is the civil date in the city's time zone (server/src/common/dates.ts TIME_ZONE),
-- whatever the session's time zone is.
create function careboard_peer.today() returns date
  language sql stable
  as $$ select (now() at time zone 'Asia/Shanghai')::date $$;
comment on function careboard_peer.today() is E'@behavior -*';

-- ratioPer1000: numerator / denominator × 1000, or null without a denominator.
create function careboard_peer.per_1000(numerator double precision, denominator bigint) returns double precision
  language sql immutable
  as $$ select case when numerator is null or denominator is null or denominator <= 0 then null
                    else (numerator / denominator::double precision) * 1000 end $$;
comment on function careboard_peer.per_1000(double precision, bigint) is E'@behavior -*';

-- Math.round, which rounds halves up (SQL round() on double precision rounds them to even).
create function careboard_peer.js_round(x double precision) returns double precision
  language sql immutable
  as $$ select floor(x + 0.5) $$;
comment on function careboard_peer.js_round(double precision) is E'@behavior -*';

-- Live counts per district of a city (statsByDistrict): institutions open on `on_day`.
create type careboard_peer.district_stats as (
  district_id int,
  slots int,
  enrolled int,
  institution_count int,
  filed_institution_count int,
  inclusive_institution_count int
);
comment on type careboard_peer.district_stats is E'@behavior -*';

create function careboard_peer.stats_by_district(city_id int, on_day date) returns setof careboard_peer.district_stats
  language sql stable
  as $$
    select d.id,
           coalesce(sum(i.slots), 0)::int,
           coalesce(sum(i.enrolled), 0)::int,
           count(i.id)::int,
           (count(i.id) filter (where i.filed_on is not null))::int,
           (count(i.id) filter (where i.inclusive))::int
      from public.district d
      left join public.institution i
        on i.district_id = d.id and i.opened_on <= on_day and (i.closed_on is null or i.closed_on > on_day)
     where d.city_id = stats_by_district.city_id
     group by d.id
  $$;
comment on function careboard_peer.stats_by_district(int, date) is E'@behavior -*';

-- figuresAt for one (indicator, scope, date): exactly one of city_id / district_id is set.
--  * DERIVED keys (slots_per_1000, beds_per_1000_elderly) read their numerator, then divide
--    per 1,000 of the scope's population / residents aged 60+.
--  * LIVE indicators are counted from open institutions when `at` is in the current month.
--  * Otherwise the latest recorded value at or before `at`: the city's own row, else the sum
--    over its districts of each district's latest row.
-- plpgsql, so its statements are planned once per connection rather than on every call.
create function careboard_peer.figure_at(key text, city_id int, district_id int, at date, today date) returns double precision
  language plpgsql stable
  as $$
declare
  base text := case key when 'slots_per_1000' then 'childcare_slots'
                        when 'beds_per_1000_elderly' then 'elderly_care_beds'
                        else key end;
  definition_id int;
  computation text;
  value numeric;
  denominator bigint;
begin
  select d.id, d.computation into definition_id, computation
    from public.indicator_definition d where d.key = base;
  if definition_id is null then
    return null;
  end if;

  if computation = 'LIVE' and at >= date_trunc('month', today::timestamp)::date then
    -- LIVE_FIGURES: which count each live indicator reads; others have none (null).
    select case base
             when 'childcare_slots' then coalesce(sum(i.slots), 0)
             when 'enrolled_children' then coalesce(sum(i.enrolled), 0)
             when 'institutions' then count(i.id)
             when 'filed_institutions' then count(i.id) filter (where i.filed_on is not null)
             when 'inclusive_institutions' then count(i.id) filter (where i.inclusive)
           end
      into value
      from public.institution i join public.district d on d.id = i.district_id
     where (d.city_id = figure_at.city_id or d.id = figure_at.district_id)
       and i.opened_on <= today and (i.closed_on is null or i.closed_on > today);
  else
    if figure_at.city_id is not null then
      select v.value into value
        from public.indicator_value v
       where v.indicator_id = definition_id and v.city_id = figure_at.city_id and v.period <= at
       order by v.period desc limit 1;
    end if;
    if value is null then
      select sum(latest.value) into value
        from public.district d
        cross join lateral (select v.value from public.indicator_value v
                             where v.indicator_id = definition_id and v.district_id = d.id and v.period <= at
                             order by v.period desc limit 1) latest
       where d.city_id = figure_at.city_id or d.id = figure_at.district_id;
    end if;
  end if;

  if base = key then
    return value::double precision;
  end if;
  if figure_at.district_id is not null then
    select case base when 'childcare_slots' then d.population else d.residents60plus end into denominator
      from public.district d where d.id = figure_at.district_id;
  elsif base = 'childcare_slots' then
    select c.population into denominator from public.city c where c.id = figure_at.city_id;
  else
    select coalesce(sum(d.residents60plus), 0) into denominator from public.district d where d.city_id = figure_at.city_id;
  end if;
  return careboard_peer.per_1000(value::double precision, denominator);
end
$$;
comment on function careboard_peer.figure_at(text, int, int, date, date) is E'@behavior -*';

-- computeProgress / elapsedShare of server/src/targets/progress.ts, rounded to 1e-6 alike.
create function careboard_peer.elapsed_share(starts_on date, deadline date, today date) returns double precision
  language sql immutable
  as $$
    select case when deadline - starts_on + 1 <= 0 then 1::double precision
                else least(1, greatest(0, careboard_peer.js_round(
                       ((today - starts_on + 1)::double precision / (deadline - starts_on + 1)) * 1e6::double precision
                     ) / 1e6::double precision)) end
  $$;
comment on function careboard_peer.elapsed_share(date, date, date) is E'@behavior -*';

create function careboard_peer.progress(kind text, baseline double precision, target_value double precision, current double precision)
  returns double precision
  language sql immutable
  as $$
    select case when current is null then null
                else careboard_peer.js_round(
                       (case when asked = 0 then case when current - baseline >= 0 then 1 else 0 end
                             else (current - baseline) / asked end) * 1e6::double precision
                     ) / 1e6::double precision end
      from (select case when kind = 'INCREASE' then target_value else target_value - baseline end as asked) a
  $$;
comment on function careboard_peer.progress(text, double precision, double precision, double precision) is E'@behavior -*';

-- When any of the city's data last changed (overview.service.ts lastChangedAt).
create function careboard_peer.last_changed_at(city_id int) returns timestamptz
  language sql stable
  as $$
    select greatest(
      (select max(i.updated_at) from public.institution i join public.district d on d.id = i.district_id where d.city_id = last_changed_at.city_id),
      (select max(v.updated_at) from public.indicator_value v left join public.district d on d.id = v.district_id
        where v.city_id = last_changed_at.city_id or d.city_id = last_changed_at.city_id),
      (select max(t.updated_at) from public.target t left join public.district d on d.id = t.district_id
        where t.city_id = last_changed_at.city_id or d.city_id = last_changed_at.city_id),
      (select max(d.updated_at) from public.district d where d.city_id = last_changed_at.city_id),
      (select c.updated_at from public.city c where c.id = last_changed_at.city_id)
    )
  $$;
comment on function careboard_peer.last_changed_at(int) is E'@behavior -*';

-- ── What the GraphQL schema exposes ───────────────────────────────────────────────────────
-- @name keeps the GraphQL names free of the schema prefix PostGraphile gives objects outside
-- the first exposed schema (careboardPeerWallCity → wallCity).

-- The city's own figures (CityOverview without its lists).
create type careboard_peer.wall_city as (
  code text,
  name text,
  name_en text,
  province text,
  population int,
  children_under_3 int,
  residents_60_plus int,
  slots int,
  slots_year_ago int,
  slots_change int,
  enrolled int,
  institution_count int,
  filed_institution_count int,
  inclusive_institution_count int,
  slots_per_1000 double precision,
  elderly_care_beds double precision,
  beds_per_1000_elderly double precision,
  last_changed_at timestamptz
);

create function careboard_peer.wall_city(city_code text) returns careboard_peer.wall_city
  language sql stable
  as $$
    with c as (select * from public.city where code = city_code),
         t as (select careboard_peer.today() as today),
         s as (select coalesce(sum(st.slots), 0)::int as slots,
                      coalesce(sum(st.enrolled), 0)::int as enrolled,
                      coalesce(sum(st.institution_count), 0)::int as institution_count,
                      coalesce(sum(st.filed_institution_count), 0)::int as filed_institution_count,
                      coalesce(sum(st.inclusive_institution_count), 0)::int as inclusive_institution_count
                 from c, t, careboard_peer.stats_by_district(c.id, t.today) st),
         r as (select coalesce(sum(d.residents60plus), 0)::int as residents from public.district d, c where d.city_id = c.id),
         f as (select careboard_peer.js_round(careboard_peer.figure_at('childcare_slots', c.id, null, (t.today - interval '1 year')::date, t.today))::int as slots_year_ago,
                      careboard_peer.figure_at('elderly_care_beds', c.id, null, t.today, t.today) as beds
                 from c, t)
    select c.code, c.name, c.name_en, c.province, c.population, c.children_under3, r.residents,
           s.slots, f.slots_year_ago, s.slots - f.slots_year_ago,
           s.enrolled, s.institution_count, s.filed_institution_count, s.inclusive_institution_count,
           careboard_peer.per_1000(s.slots, c.population),
           f.beds,
           careboard_peer.per_1000(f.beds, r.residents),
           careboard_peer.last_changed_at(c.id)
      from c, s, r, f
  $$;

-- One row per district, by code (DistrictFigures).
create type careboard_peer.wall_district as (
  code text,
  name text,
  name_en text,
  kind text,
  population int,
  children_under_3 int,
  residents_60_plus int,
  slots int,
  enrolled int,
  institution_count int,
  filed_institution_count int,
  inclusive_institution_count int,
  slots_per_1000 double precision,
  elderly_care_beds double precision,
  beds_per_1000_elderly double precision
);

create function careboard_peer.wall_districts(city_code text) returns setof careboard_peer.wall_district
  language sql stable
  as $$
    select d.code, d.name, d.name_en, d.kind, d.population, d.children_under3, d.residents60plus,
           st.slots, st.enrolled, st.institution_count, st.filed_institution_count, st.inclusive_institution_count,
           careboard_peer.per_1000(st.slots, d.population),
           b.beds,
           careboard_peer.per_1000(b.beds, d.residents60plus)
      from public.city c
      cross join careboard_peer.today() as t(today)
      join public.district d on d.city_id = c.id
      join careboard_peer.stats_by_district(c.id, t.today) st on st.district_id = d.id
      cross join lateral (select careboard_peer.figure_at('elderly_care_beds', null, d.id, t.today, t.today) as beds) b
     where c.code = city_code
     order by d.code
  $$;

-- Targets of the city and its districts with their progress (TargetView), by deadline
-- descending then id, as targetsOfCities orders them.
create type careboard_peer.wall_target as (
  id int,
  title text,
  kind text,
  indicator_key text,
  unit text,
  scope_code text,
  starts_on date,
  deadline date,
  baseline double precision,
  target_value double precision,
  current_value double precision,
  progress double precision,
  expected_progress double precision,
  on_track boolean
);

create function careboard_peer.wall_targets(city_code text) returns setof careboard_peer.wall_target
  language sql stable
  as $$
    select x.id, x.title, x.kind, x.indicator_key, x.unit, x.scope_code, x.starts_on, x.deadline,
           x.baseline, x.target_value, x.current_value,
           p.progress,
           x.expected_progress,
           case when p.progress is null then null else p.progress >= x.expected_progress end
      from (
        select tg.id, tg.title, tg.kind, def.key as indicator_key,
               case when tg.kind = 'PER_1000' then def.unit || '/千人' else def.unit end as unit,
               coalesce(d.code, c.code) as scope_code,
               tg.starts_on, tg.deadline,
               tg.baseline::double precision as baseline,
               tg.target_value::double precision as target_value,
               -- evaluationDate: today, or the deadline once it has passed.
               case when tg.kind = 'PER_1000'
                    then careboard_peer.per_1000(careboard_peer.figure_at(def.key, tg.city_id, tg.district_id, least(t.today, tg.deadline), t.today),
                                                 coalesce(d.population, c.population))
                    else careboard_peer.figure_at(def.key, tg.city_id, tg.district_id, least(t.today, tg.deadline), t.today)
               end as current_value,
               careboard_peer.elapsed_share(tg.starts_on, tg.deadline, t.today) as expected_progress
          from public.city c
          cross join careboard_peer.today() as t(today)
          join public.target tg
            on tg.city_id = c.id or tg.district_id in (select id from public.district where city_id = c.id)
          join public.indicator_definition def on def.id = tg.indicator_id
          left join public.district d on d.id = tg.district_id
         where c.code = city_code
      ) x
      cross join lateral (select careboard_peer.progress(x.kind, x.baseline, x.target_value, x.current_value) as progress) p
     order by x.deadline desc, x.id
  $$;

-- The indicator cards: every indicator now and one year earlier, YOUNG before OLD.
create type careboard_peer.wall_indicator as (
  key text,
  name_zh text,
  name_en text,
  category text,
  unit text,
  higher_is_better boolean,
  value double precision,
  year_ago_value double precision
);

create function careboard_peer.wall_indicators(city_code text) returns setof careboard_peer.wall_indicator
  language sql stable
  as $$
    select def.key, def.name_zh, def.name_en, def.category, def.unit, def.higher_is_better,
           careboard_peer.figure_at(def.key, c.id, null, t.today, t.today),
           careboard_peer.figure_at(def.key, c.id, null, (t.today - interval '1 year')::date, t.today)
      from public.city c
      cross join careboard_peer.today() as t(today)
      cross join public.indicator_definition def
     where c.code = city_code
     order by def.category desc, def.id
  $$;

-- The list page: institutions open today in a city. `+order` gives the connection an
-- orderBy argument (SLOTS_DESC, ID_DESC, ...) as tables have (v5's spelling of v4's
-- @sortable); each row's district comes through the institution → district foreign key.
create function careboard_peer.open_institutions(city_code text) returns setof public.institution
  language sql stable
  as $$
    select i.*
      from public.institution i
      join public.district d on d.id = i.district_id
      join public.city c on c.id = d.city_id
     where c.code = city_code
       and i.opened_on <= careboard_peer.today()
       and (i.closed_on is null or i.closed_on > careboard_peer.today())
  $$;
comment on function careboard_peer.open_institutions(text) is E'@name open_institutions\n@behavior +order';

comment on type careboard_peer.wall_city is E'@name wall_city';
comment on function careboard_peer.wall_city(text) is E'@name wall_city';
comment on type careboard_peer.wall_district is E'@name wall_district';
comment on function careboard_peer.wall_districts(text) is E'@name wall_districts';
comment on type careboard_peer.wall_target is E'@name wall_target';
comment on function careboard_peer.wall_targets(text) is E'@name wall_targets';
comment on type careboard_peer.wall_indicator is E'@name wall_indicator';
comment on function careboard_peer.wall_indicators(text) is E'@name wall_indicators';
