import type { EntityManager } from '@mikro-orm/postgresql';
import { INSTITUTIONS_AS_OF } from '../audit/as-of.sql.js';
import { query } from '../common/sql.js';
import { COVERAGE_KINDS } from '../geography/township.enums.js';
import type { Scope } from '../geography/scope.js';
import { CoverageUnit } from './target.enums.js';

/** The indicator a COVERAGE target names: what is counted per township or district. */
export const COVERAGE_INDICATOR = 'inclusive_institutions';

export interface CoverageRequest {
  scope: Scope;
  unit: CoverageUnit;
  /** ISO date: institutions open that day count. */
  at: string;
}

/** How many of a scope's counted townships (or districts) had an open inclusive institution, of how many. */
export interface Coverage {
  covered: number;
  total: number;
}

const KINDS = COVERAGE_KINDS.map((k) => `'${k}'`).join(', ');

/** What one unit counts: the scope's townships of the counted kinds, or its districts. */
const UNITS: Record<CoverageUnit, { join: string; key: string }> = {
  [CoverageUnit.TOWNSHIP]: { join: `join township u on u.district_id = d.id and u.kind in (${KINDS})`, key: 'township_id' },
  [CoverageUnit.DISTRICT]: { join: 'cross join lateral (select d.id) u', key: 'district_id' },
};

async function coverageOf(em: EntityManager, unit: CoverageUnit, requests: readonly (CoverageRequest & { idx: number })[], asOf?: Date): Promise<Map<number, Coverage>> {
  if (requests.length === 0) return new Map();
  const values = requests.map(() => '(?::int, ?::int, ?::int, ?::date)').join(', ');
  const params = requests.flatMap((r) => [r.idx, r.scope.kind === 'CITY' ? r.scope.id : null, r.scope.kind === 'DISTRICT' ? r.scope.id : null, r.at]);
  const { join, key } = UNITS[unit];
  // Inclusive institutions are few: read them (rebuilt, under asOf) once, not per unit.
  const rows = await query<{ idx: number; covered: number; total: number }>(
    em,
    `with req(idx, city_id, district_id, at) as (values ${values}),
     inclusive as materialized (select i.${key} as unit_id, i.opened_on, i.closed_on from ${asOf ? INSTITUTIONS_AS_OF : 'institution'} i where i.inclusive)
     select req.idx, count(u.id)::int as total,
            (count(u.id) filter (where exists (
              select 1 from inclusive i where i.unit_id = u.id and i.opened_on <= req.at and (i.closed_on is null or i.closed_on > req.at))))::int as covered
       from req
       join district d on d.id = req.district_id or d.city_id = req.city_id
       ${join}
      group by req.idx`,
    asOf ? [...params, asOf] : params,
  );
  return new Map(rows.map((r) => [r.idx, { covered: r.covered, total: r.total }]));
}

/**
 * The coverage of many (scope, unit, day) requests in one statement per unit asked: the share
 * of the scope's sub-districts, towns and townships (never farms, zones and the like), or of
 * its districts, with at least one inclusive institution open that day. With `asOf`, the
 * institutions as they stood then.
 */
export async function coverageAt(em: EntityManager, requests: readonly CoverageRequest[], asOf?: Date): Promise<Coverage[]> {
  const indexed = requests.map((r, idx) => ({ ...r, idx }));
  const [townships, districts] = await Promise.all(
    [CoverageUnit.TOWNSHIP, CoverageUnit.DISTRICT].map((unit) => coverageOf(em, unit, indexed.filter((r) => r.unit === unit), asOf)),
  );
  return indexed.map((r) => (r.unit === CoverageUnit.TOWNSHIP ? townships : districts)!.get(r.idx) ?? { covered: 0, total: 0 });
}

/** Coverage in percent, as a COVERAGE target measures it; null for a scope without units. */
export function coveragePercent(c: Coverage): number | null {
  return c.total === 0 ? null : Math.round((c.covered / c.total) * 100 * 100) / 100;
}
