import type { EntityManager } from '@mikro-orm/postgresql';
import { statsByCity, statsByDistrict, type InstitutionStats } from '../childcare/institution-stats.service.js';
import { monthStart, quarterStart, yearStart } from '../common/dates.js';
import { Computation, Granularity } from './indicator.enums.js';
import { query } from '../common/sql.js';
import { INDICATOR_VALUES_AS_OF } from '../audit/as-of.sql.js';
import { IndicatorDefinition } from './indicator.entity.js';
import { DERIVED_FIGURES, LIVE_FIGURES, ratioPer1000 } from './figure-rules.js';
import type { Scope } from '../geography/scope.js';

export interface FigureRequest {
  indicatorKey: string;
  scope: Scope;
  /** ISO date: the figure as it stood at the end of that day's period. */
  at: string;
}

interface HistoryRequest extends FigureRequest {
  /** Position in the caller's list, echoed back as the result's key. */
  index: number;
}

/** What a caller has already read, so figuresAt does not read it again. */
export interface KnownFigures {
  definitions?: ReadonlyMap<string, IndicatorDefinition>;
  /** Live counts of whole cities, e.g. summed from their districts. */
  cityStats?: ReadonlyMap<number, InstitutionStats>;
}

/**
 * The figures of many (indicator, scope, date) requests, in a fixed number of statements
 * however many requests: one for the definitions, one for live counts per scope kind, and
 * one for every historical value (fewer when the caller passes what it `known`s).
 */
export async function figuresAt(em: EntityManager, requests: readonly FigureRequest[], today: string, known: KnownFigures = {}, asOf?: Date): Promise<(number | null)[]> {
  if (requests.length === 0) return [];
  const currentMonth = monthStart(today);
  const keys = requests.flatMap((r) => [r.indicatorKey, DERIVED_FIGURES[r.indicatorKey]?.numerator ?? r.indicatorKey]);
  const definitions = known.definitions && keys.every((k) => known.definitions!.has(k)) ? known.definitions : await definitionsByKey(em, keys);

  // Derived figures are asked as their numerator, then divided.
  const base = requests.map((r) => ({ ...r, indicatorKey: DERIVED_FIGURES[r.indicatorKey]?.numerator ?? r.indicatorKey }));
  const isLive = (r: FigureRequest): boolean => definitions.get(r.indicatorKey)?.computation === Computation.LIVE && r.at >= currentMonth;

  const liveCities = [...new Set(base.filter((r) => isLive(r) && r.scope.kind === 'CITY' && !known.cityStats?.has(r.scope.id)).map((r) => r.scope.id))];
  const liveDistricts = [...new Set(base.filter((r) => isLive(r) && r.scope.kind === 'DISTRICT').map((r) => r.scope.id))];
  const [readCityStats, districtStats, history] = await Promise.all([
    statsByCity(em, liveCities, asOf),
    statsByDistrict(em, liveDistricts, asOf),
    historyAt(
      em,
      base.flatMap((r, index) => (isLive(r) ? [] : [{ ...r, index }])),
      definitions,
      asOf,
    ),
  ]);

  const cityStats = new Map([...(known.cityStats ?? []), ...readCityStats]);
  return base.map((r, index) => {
    let value: number | null;
    if (isLive(r)) {
      const stats = (r.scope.kind === 'CITY' ? cityStats : districtStats).get(r.scope.id);
      const field = LIVE_FIGURES[r.indicatorKey];
      value = stats && field ? (stats[field] as number) : null;
    } else {
      value = history.get(index) ?? null;
    }
    const derived = DERIVED_FIGURES[requests[index]!.indicatorKey];
    return derived ? ratioPer1000(value, derived.denominator(r.scope)) : value;
  });
}

/**
 * For each request, the latest recorded value at or before its date: the city's own row
 * when there is one, else the sum over its districts of each district's latest row. With
 * `asOf`, the values as they were recorded at that instant (rebuilt from the audit trail).
 */
async function historyAt(
  em: EntityManager,
  requests: readonly HistoryRequest[],
  definitions: ReadonlyMap<string, IndicatorDefinition>,
  asOf?: Date,
): Promise<Map<number, number | null>> {
  const result = new Map<number, number | null>();
  const rows: unknown[] = [];
  const values: string[] = [];
  for (const r of requests) {
    const definition = definitions.get(r.indicatorKey);
    if (!definition) continue;
    values.push('(?::int, ?::int, ?::int, ?::int, ?::date)');
    rows.push(r.index, definition.id, r.scope.kind === 'CITY' ? r.scope.id : null, r.scope.kind === 'DISTRICT' ? r.scope.id : null, r.at);
  }
  if (values.length === 0) return result;
  // The rebuilt rows only when asked: a CTE used twice is materialised, and this runs on every change.
  const table = asOf ? 'past_value' : 'indicator_value';
  const found = await query<{ idx: number; value: string | null }>(
    em,
    `with req(idx, indicator_id, city_id, district_id, at) as (values ${values.join(', ')})${asOf ? `, past_value as ${INDICATOR_VALUES_AS_OF}` : ''}
     select req.idx,
            coalesce(
              (select v.value from ${table} v
                where v.indicator_id = req.indicator_id and v.city_id = req.city_id and v.period <= req.at
                order by v.period desc limit 1),
              (select sum(latest.value) from district d
                 cross join lateral (select v.value from ${table} v
                                      where v.indicator_id = req.indicator_id and v.district_id = d.id and v.period <= req.at
                                      order by v.period desc limit 1) latest
                where d.city_id = req.city_id or d.id = req.district_id)
            ) as value
       from req`,
    asOf ? [...rows, asOf] : rows,
  );
  for (const row of found) result.set(row.idx, row.value === null ? null : Number(row.value));
  return result;
}

export async function definitionsByKey(em: EntityManager, keys: readonly string[]): Promise<Map<string, IndicatorDefinition>> {
  const unique = [...new Set(keys)];
  const found = unique.length === 0 ? [] : await em.find(IndicatorDefinition, { key: { $in: unique } });
  return new Map(found.map((d) => [d.key, d]));
}

export interface SeriesPoint {
  period: string;
  value: number;
  live: boolean;
}

const BUCKET: Record<Granularity, (iso: string) => string> = {
  [Granularity.MONTH]: monthStart,
  [Granularity.QUARTER]: quarterStart,
  [Granularity.YEAR]: yearStart,
};

/**
 * A time series of one indicator for one scope: recorded history plus, for LIVE
 * indicators, the current month counted now. Each bucket holds the level at its end (the
 * last period recorded in it); derived indicators divide per 1,000 of the scope's figure.
 */
export async function series(
  em: EntityManager,
  definition: IndicatorDefinition,
  scope: Scope,
  range: { from: string; to: string; granularity: Granularity },
  today: string,
): Promise<SeriesPoint[]> {
  const derived = DERIVED_FIGURES[definition.key];
  const baseDefinition = derived ? (await definitionsByKey(em, [derived.numerator])).get(derived.numerator) : definition;
  if (!baseDefinition) return [];
  const currentMonth = monthStart(today);

  const rows = await query<{ period: string; value: string }>(
    em,
    scope.kind === 'CITY'
      ? `select period::text as period, value from (
           select v.period, v.value, 0 as preference from indicator_value v
            where v.indicator_id = ? and v.city_id = ? and v.period between ? and ?
           union all
           select v.period, sum(v.value), 1 from indicator_value v join district d on d.id = v.district_id
            where v.indicator_id = ? and d.city_id = ? and v.period between ? and ?
            group by v.period
         ) x
         order by period, preference`
      : `select v.period::text as period, v.value from indicator_value v
          where v.indicator_id = ? and v.district_id = ? and v.period between ? and ?
          order by v.period`,
    scope.kind === 'CITY'
      ? [baseDefinition.id, scope.id, range.from, range.to, baseDefinition.id, scope.id, range.from, range.to]
      : [baseDefinition.id, scope.id, range.from, range.to],
  );

  // Per period, the city's own row wins over the sum of its districts (rows come first-preferred).
  const byPeriod = new Map<string, { value: number; live: boolean }>();
  for (const row of rows) {
    if (!byPeriod.has(row.period)) byPeriod.set(row.period, { value: Number(row.value), live: false });
  }
  if (baseDefinition.computation === Computation.LIVE && currentMonth >= range.from && currentMonth <= range.to) {
    const stats: Map<number, InstitutionStats> =
      scope.kind === 'CITY' ? await statsByCity(em, [scope.id]) : await statsByDistrict(em, [scope.id]);
    const field = LIVE_FIGURES[baseDefinition.key];
    const current = stats.get(scope.id);
    if (field && current) byPeriod.set(currentMonth, { value: current[field], live: true });
  }

  const buckets = new Map<string, SeriesPoint>();
  for (const [period, point] of [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const bucket = BUCKET[range.granularity](period);
    const value = derived ? ratioPer1000(point.value, derived.denominator(scope)) : point.value;
    if (value !== null) buckets.set(bucket, { period: bucket, value, live: point.live });
  }
  return [...buckets.values()];
}
