import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { statsByCity, statsByDistrict, type InstitutionStats } from './childcare/institution-stats.service.js';
import { institutionsOfDistricts, type DistrictInstitutionsKey } from './childcare/institution.service.js';
import type { Institution } from './childcare/institution.entity.js';
import { City } from './geography/city.entity.js';
import { District } from './geography/district.entity.js';
import { districtsOfCities } from './geography/geography.service.js';
import { targetsOfCities } from './targets/target.service.js';
import type { TargetView } from './targets/target.type.js';

/** Per-request batch loaders: a nested list costs one statement per level, not per row. */
export interface Loaders {
  cityStats: DataLoader<number, InstitutionStats>;
  districtStats: DataLoader<number, InstitutionStats>;
  /** The same figures as they stood at an instant (an `asOf` argument). */
  cityStatsAt: DataLoader<AreaAt, InstitutionStats, string>;
  districtStatsAt: DataLoader<AreaAt, InstitutionStats, string>;
  districtsOfCity: DataLoader<number, District[]>;
  city: DataLoader<number, City>;
  district: DataLoader<number, District>;
  targetsOfCity: DataLoader<City, TargetView[], number>;
  institutionsOfDistrict: DataLoader<DistrictInstitutionsKey, Institution[], string>;
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
    institutionsOfDistrict: new DataLoader((keys) => institutionsOfDistricts(em, keys), {
      cacheKeyFn: (key) => JSON.stringify(key),
    }),
  };
}
