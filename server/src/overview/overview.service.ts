import type { EntityManager } from '@mikro-orm/postgresql';
import { EMPTY_STATS, statsByDistrict, sumStats } from '../childcare/institution-stats.service.js';
import { oneYearBefore } from '../common/dates.js';
import { query } from '../common/sql.js';
import { districtScope, districtsOfCities, requireCity } from '../geography/geography.service.js';
import { figuresAt } from '../indicators/figure.service.js';
import { ratioPer1000 } from '../indicators/figure-rules.js';
import type { Scope } from '../geography/scope.js';
import { listIndicators } from '../indicators/indicator.service.js';
import { loadTargets, loadTargetsAsOf, targetsOfCities } from '../targets/target.service.js';
import type { CityOverview, DistrictFigures } from './overview.types.js';

/**
 * The one query a wall screen needs. A fixed number of statements whatever the number of
 * districts, institutions and targets: the city, its districts, their live counts, the
 * indicator dictionary, one batch of recorded figures, the targets, the last change.
 *
 * With `asOf`, the figures as they stood at that instant, rebuilt from the audit trail
 * (see audit/as-of.sql.ts); "today" is then that instant's date.
 */
export async function cityOverview(em: EntityManager, code: string, today: string, now = new Date(), asOf?: Date): Promise<CityOverview> {
  const city = await requireCity(em, code);
  // Independent of everything below: started now, awaited at the end.
  const targetRows = asOf ? loadTargetsAsOf(em, [city.id], asOf) : loadTargets(em, [city.id]);
  const lastChanged = asOf ? lastAuditedChangeAt(em, city.id, asOf) : lastChangedAt(em, city.id);
  targetRows.catch(() => undefined);
  lastChanged.catch(() => undefined);
  const districts = await districtsOfCities(em, [city.id]);
  const [stats, definitions] = await Promise.all([statsByDistrict(em, districts.map((d) => d.id), asOf), listIndicators(em, null)]);

  const residents60Plus = districts.reduce((sum, d) => sum + d.residents60Plus, 0);
  const scope: Scope = { kind: 'CITY', id: city.id, code: city.code, name: city.name, population: city.population, residents60Plus };
  const yearAgo = oneYearBefore(today);

  // One batch: every card now and a year ago, the city's slots a year ago, each district's beds.
  const requests = [
    ...definitions.flatMap((d) => [
      { indicatorKey: d.key, scope, at: today },
      { indicatorKey: d.key, scope, at: yearAgo },
    ]),
    ...districts.map((d) => ({ indicatorKey: 'elderly_care_beds', scope: districtScope(d), at: today })),
  ];
  // The city's live counts are the sums of its districts', and the dictionary is read
  // already: the batch of figures reads neither again (this runs on every change).
  const cityStats = new Map([[city.id, sumStats(districts.map((d) => stats.get(d.id) ?? EMPTY_STATS))]]);
  const known = { definitions: new Map(definitions.map((d) => [d.key, d])), cityStats };
  const [figures, targets, lastChange] = await Promise.all([
    figuresAt(em, requests, today, known, asOf),
    targetsOfCities(em, [city], today, { ...known, targets: targetRows, scopes: new Map([[city.id, scope]]) }, asOf),
    lastChanged,
  ]);

  const cards = definitions.map((d, i) => ({
    key: d.key,
    nameZh: d.nameZh,
    nameEn: d.nameEn,
    category: d.category,
    unit: d.unit,
    higherIsBetter: d.higherIsBetter,
    value: figures[2 * i] ?? null,
    yearAgoValue: figures[2 * i + 1] ?? null,
  }));
  const card = (key: string) => cards.find((c) => c.key === key);
  const bedsOffset = definitions.length * 2;

  const rows: DistrictFigures[] = districts.map((d, i) => {
    const s = stats.get(d.id) ?? EMPTY_STATS;
    const beds = figures[bedsOffset + i] ?? null;
    return {
      code: d.code,
      name: d.name,
      nameEn: d.nameEn,
      kind: d.kind,
      population: d.population,
      childrenUnder3: d.childrenUnder3,
      residents60Plus: d.residents60Plus,
      slots: s.slots,
      enrolled: s.enrolled,
      institutionCount: s.institutionCount,
      filedInstitutionCount: s.filedInstitutionCount,
      inclusiveInstitutionCount: s.inclusiveInstitutionCount,
      slotsPer1000: ratioPer1000(s.slots, d.population),
      elderlyCareBeds: beds,
      bedsPer1000Elderly: ratioPer1000(beds, d.residents60Plus),
    };
  });
  const totals = cityStats.get(city.id)!;
  const slots = totals.slots;
  const slotsYearAgo = card('childcare_slots')?.yearAgoValue ?? null;
  const beds = card('elderly_care_beds')?.value ?? null;

  return {
    code: city.code,
    name: city.name,
    nameEn: city.nameEn,
    province: city.province,
    population: city.population,
    childrenUnder3: city.childrenUnder3,
    residents60Plus,
    slots,
    slotsYearAgo: slotsYearAgo === null ? null : Math.round(slotsYearAgo),
    slotsChange: slotsYearAgo === null ? null : slots - Math.round(slotsYearAgo),
    enrolled: totals.enrolled,
    institutionCount: totals.institutionCount,
    filedInstitutionCount: totals.filedInstitutionCount,
    inclusiveInstitutionCount: totals.inclusiveInstitutionCount,
    slotsPer1000: ratioPer1000(slots, city.population),
    elderlyCareBeds: beds,
    bedsPer1000Elderly: ratioPer1000(beds, residents60Plus),
    districts: rows,
    targets: targets.get(city.id) ?? [],
    indicators: cards,
    lastChangedAt: lastChange,
    generatedAt: now,
    asOf: asOf ?? null,
  };
}

/** The last change of the city's figures the audit trail knows of, at or before `asOf`. */
async function lastAuditedChangeAt(em: EntityManager, cityId: number, asOf: Date): Promise<Date | null> {
  const [row] = await query<{ at: Date | null }>(
    em,
    `select max(at) as at from audit_entry where city_id = ? and at <= ? and entity_type in ('Institution', 'IndicatorValue', 'Target')`,
    [cityId, asOf],
  );
  return row?.at ? new Date(row.at) : null;
}

async function lastChangedAt(em: EntityManager, cityId: number): Promise<Date | null> {
  const [row] = await query<{ at: Date | null }>(
    em,
    `select greatest(
       (select max(i.updated_at) from institution i join district d on d.id = i.district_id where d.city_id = ?),
       (select max(v.updated_at) from indicator_value v left join district d on d.id = v.district_id where v.city_id = ? or d.city_id = ?),
       (select max(t.updated_at) from target t left join district d on d.id = t.district_id where t.city_id = ? or d.city_id = ?),
       (select max(d.updated_at) from district d where d.city_id = ?),
       (select c.updated_at from city c where c.id = ?)
     ) as at`,
    [cityId, cityId, cityId, cityId, cityId, cityId, cityId],
  );
  return row?.at ? new Date(row.at) : null;
}
