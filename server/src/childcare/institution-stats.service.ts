import type { EntityManager } from '@mikro-orm/postgresql';
import { INSTITUTIONS_AS_OF } from '../audit/as-of.sql.js';
import { isoDate } from '../common/dates.js';
import { placeholders, query } from '../common/sql.js';

/** Figures counted live from the institutions table: never stored twice. */
export interface InstitutionStats {
  slots: number;
  enrolled: number;
  institutionCount: number;
  filedInstitutionCount: number;
  inclusiveInstitutionCount: number;
  pilotInstitutionCount: number;
}

export const EMPTY_STATS: InstitutionStats = {
  slots: 0,
  enrolled: 0,
  institutionCount: 0,
  filedInstitutionCount: 0,
  inclusiveInstitutionCount: 0,
  pilotInstitutionCount: 0,
};

/** The counts of an area made of parts (a city of its districts). */
export function sumStats(parts: readonly InstitutionStats[]): InstitutionStats {
  const total = { ...EMPTY_STATS };
  for (const part of parts) {
    for (const key of Object.keys(total) as (keyof InstitutionStats)[]) total[key] += part[key];
  }
  return total;
}

/** An institution counts while it is open today: opened, and not (yet) closed. */
export const OPEN_TODAY = `i.opened_on <= current_date and (i.closed_on is null or i.closed_on > current_date)`;

const AGGREGATES = `
  coalesce(sum(i.slots), 0)::int as slots,
  coalesce(sum(i.enrolled), 0)::int as enrolled,
  count(i.id)::int as institution_count,
  (count(i.id) filter (where i.filed_on is not null))::int as filed_institution_count,
  (count(i.id) filter (where i.inclusive))::int as inclusive_institution_count,
  (count(i.id) filter (where i.pilot_level <> 'NONE'))::int as pilot_institution_count`;

interface StatsRow {
  scope_id: number;
  slots: number;
  enrolled: number;
  institution_count: number;
  filed_institution_count: number;
  inclusive_institution_count: number;
  pilot_institution_count: number;
}

function toStats(row: StatsRow): InstitutionStats {
  return {
    slots: row.slots,
    enrolled: row.enrolled,
    institutionCount: row.institution_count,
    filedInstitutionCount: row.filed_institution_count,
    inclusiveInstitutionCount: row.inclusive_institution_count,
    pilotInstitutionCount: row.pilot_institution_count,
  };
}

function collect(ids: readonly number[], rows: StatsRow[]): Map<number, InstitutionStats> {
  const byId = new Map<number, InstitutionStats>(ids.map((id) => [id, EMPTY_STATS]));
  for (const row of rows) byId.set(row.scope_id, toStats(row));
  return byId;
}

/**
 * Where the counts come from: the institutions open today, or, with `asOf`, the
 * institutions as they stood at that instant (rebuilt from the audit trail), open that day.
 */
function institutionsAt(asOf: Date | undefined): { from: string; open: string; leading: unknown[]; trailing: unknown[] } {
  if (!asOf) return { from: 'institution i', open: OPEN_TODAY, leading: [], trailing: [] };
  const day = isoDate(asOf);
  return {
    from: `${INSTITUTIONS_AS_OF} i`,
    open: 'i.opened_on <= ?::date and (i.closed_on is null or i.closed_on > ?::date)',
    leading: [asOf],
    trailing: [day, day],
  };
}

/** Live figures for many districts in one statement (as they stood at `asOf`, if given). */
export async function statsByDistrict(em: EntityManager, districtIds: readonly number[], asOf?: Date): Promise<Map<number, InstitutionStats>> {
  if (districtIds.length === 0) return new Map();
  const source = institutionsAt(asOf);
  const rows = await query<StatsRow>(
    em,
    `select i.district_id as scope_id, ${AGGREGATES}
       from ${source.from}
      where i.district_id in (${placeholders(districtIds.length)}) and ${source.open}
      group by i.district_id`,
    [...source.leading, ...districtIds, ...source.trailing],
  );
  return collect(districtIds, rows);
}

/** Live figures for many townships in one statement (as they stood at `asOf`, if given). */
export async function statsByTownship(em: EntityManager, townshipIds: readonly number[], asOf?: Date): Promise<Map<number, InstitutionStats>> {
  if (townshipIds.length === 0) return new Map();
  const source = institutionsAt(asOf);
  const rows = await query<StatsRow>(
    em,
    `select i.township_id as scope_id, ${AGGREGATES}
       from ${source.from}
      where i.township_id in (${placeholders(townshipIds.length)}) and ${source.open}
      group by i.township_id`,
    [...source.leading, ...townshipIds, ...source.trailing],
  );
  return collect(townshipIds, rows);
}

/** Live figures for many cities in one statement (as they stood at `asOf`, if given). */
export async function statsByCity(em: EntityManager, cityIds: readonly number[], asOf?: Date): Promise<Map<number, InstitutionStats>> {
  if (cityIds.length === 0) return new Map();
  const source = institutionsAt(asOf);
  const rows = await query<StatsRow>(
    em,
    `select d.city_id as scope_id, ${AGGREGATES}
       from ${source.from} join district d on d.id = i.district_id
      where d.city_id in (${placeholders(cityIds.length)}) and ${source.open}
      group by d.city_id`,
    [...source.leading, ...cityIds, ...source.trailing],
  );
  return collect(cityIds, rows);
}

/** Slots per 1,000 residents, the national planning indicator (每千人口托位数). */
export function per1000(count: number, population: number): number | null {
  if (population <= 0) return null;
  return (count / population) * 1000;
}
