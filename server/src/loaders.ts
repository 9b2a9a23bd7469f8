import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { institutionHistories, type HistoryKey, type InstitutionHistory } from './audit/audit-read.service.js';
import { statsByCity, statsByDistrict, statsByTownship, type InstitutionStats } from './childcare/institution-stats.service.js';
import { institutionsOfDistricts, type DistrictInstitutionsKey } from './childcare/institution.service.js';
import type { Institution } from './childcare/institution.entity.js';
import { City } from './geography/city.entity.js';
import { District } from './geography/district.entity.js';
import { districtsOfCities } from './geography/geography.service.js';
import { targetsOfCities } from './targets/target.service.js';
import type { TargetView } from './targets/target.type.js';
import { isoDate } from './common/dates.js';
import { createTownshipLoaders, type TownshipLoaders } from './geography/township.loaders.js';
import { createTargetLoaders, type TargetLoaders } from './targets/target.loaders.js';

/** Per-request batch loaders: a nested list costs one statement per level, not per row. */
export interface Loaders extends TownshipLoaders, TargetLoaders {
  cityStats: DataLoader<number, InstitutionStats>;
  districtStats: DataLoader<number, InstitutionStats>;
  /** The same figures as they stood at an instant (an `asOf` argument). */
  cityStatsAt: DataLoader<AreaAt, InstitutionStats, string>;
  districtStatsAt: DataLoader<AreaAt, InstitutionStats, string>;
  townshipStats: DataLoader<number, InstitutionStats>;
  townshipStatsAt: DataLoader<AreaAt, InstitutionStats, string>;
  districtsOfCity: DataLoader<number, District[]>;
  city: DataLoader<number, City>;
  district: DataLoader<number, District>;
  targetsOfCity: DataLoader<City, TargetView[], number>;
  /** Targets as they stood at an instant: one computation per distinct instant asked. */
  targetsOfCityAt: DataLoader<{ city: City; asOf: Date }, TargetView[], string>;
  institutionsOfDistrict: DataLoader<DistrictInstitutionsKey, Institution[], string>;
  institutionHistory: DataLoader<HistoryKey, InstitutionHistory, string>;
}

export interface AreaAt {
  id: number;
  asOf: Date;
}

/** Figures of many areas at instants: one statement per distinct instant asked. */
function statsAt(count: (ids: readonly number[], asOf: Date) => Promise<Map<number, InstitutionStats>>) {
  return new DataLoader<AreaAt, InstitutionStats, string>(
    async (keys) => {
      const byInstant = new Map<number, number[]>();
      for (const key of keys) byInstant.set(key.asOf.getTime(), [...(byInstant.get(key.asOf.getTime()) ?? []), key.id]);
      const counted = new Map<number, Map<number, InstitutionStats>>();
      await Promise.all([...byInstant].map(async ([at, ids]) => counted.set(at, await count(ids, new Date(at)))));
      return keys.map((key) => counted.get(key.asOf.getTime())!.get(key.id)!);
    },
    { cacheKeyFn: (key) => `${key.asOf.getTime()}|${key.id}` },
  );
}

function byIds<T extends { id: number }>(em: EntityManager, entity: new () => T) {
  return async (ids: readonly number[]): Promise<(T | Error)[]> => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? new Error(`${entity.name} ${id} not found`));
  };
}

export function createLoaders(em: EntityManager, today: string): Loaders {
  return {
    ...createTownshipLoaders(em),
    ...createTargetLoaders(em, today),
    cityStats: new DataLoader(async (ids) => {
      const stats = await statsByCity(em, ids);
      return ids.map((id) => stats.get(id)!);
    }),
    districtStats: new DataLoader(async (ids) => {
      const stats = await statsByDistrict(em, ids);
      return ids.map((id) => stats.get(id)!);
    }),
    cityStatsAt: statsAt((ids, asOf) => statsByCity(em, ids, asOf)),
    districtStatsAt: statsAt((ids, asOf) => statsByDistrict(em, ids, asOf)),
    townshipStats: new DataLoader(async (ids) => {
      const stats = await statsByTownship(em, ids);
      return ids.map((id) => stats.get(id)!);
    }),
    townshipStatsAt: statsAt((ids, asOf) => statsByTownship(em, ids, asOf)),
    districtsOfCity: new DataLoader(async (cityIds) => {
      const districts = await districtsOfCities(em, cityIds);
      return cityIds.map((id) => districts.filter((d) => d.city.id === id));
    }),
    city: new DataLoader(byIds(em, City)),
    district: new DataLoader(byIds(em, District)),
    targetsOfCity: new DataLoader(
      async (cities) => {
        const targets = await targetsOfCities(em, cities, today);
        return cities.map((c) => targets.get(c.id) ?? []);
      },
      { cacheKeyFn: (city) => city.id },
    ),
    targetsOfCityAt: new DataLoader(
      async (keys) => {
        const byInstant = new Map<number, City[]>();
        for (const { city, asOf } of keys) byInstant.set(asOf.getTime(), [...(byInstant.get(asOf.getTime()) ?? []), city]);
        const found = new Map<number, Map<number, TargetView[]>>();
        await Promise.all([...byInstant].map(async ([at, cities]) => found.set(at, await targetsOfCities(em, cities, isoDate(new Date(at)), {}, new Date(at)))));
        return keys.map(({ city, asOf }) => found.get(asOf.getTime())!.get(city.id) ?? []);
      },
      { cacheKeyFn: ({ city, asOf }) => `${asOf.getTime()}|${city.id}` },
    ),
    institutionsOfDistrict: new DataLoader((keys) => institutionsOfDistricts(em, keys), {
      cacheKeyFn: (key) => JSON.stringify(key),
    }),
    institutionHistory: new DataLoader((keys) => institutionHistories(em, keys), {
      cacheKeyFn: (key) => `${key.first}|${key.institutionId}`,
    }),
  };
}
