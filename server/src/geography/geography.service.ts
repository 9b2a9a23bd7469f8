import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../common/errors.js';
import { placeholders, query } from '../common/sql.js';
import type { Scope } from './scope.js';
import { City } from './city.entity.js';
import { District } from './district.entity.js';

export function listCities(em: EntityManager): Promise<City[]> {
  return em.find(City, {}, { orderBy: { code: 'asc' } });
}

export async function cityByCode(em: EntityManager, code: string): Promise<City | null> {
  return em.findOne(City, { code });
}

export async function requireCity(em: EntityManager, code: string): Promise<City> {
  const city = await cityByCode(em, code);
  if (!city) throw new NotFoundError('城市 / City', code);
  return city;
}

/** A city's id by its code, without loading the city; NOT_FOUND when there is none. */
export async function requireCityId(em: EntityManager, code: string): Promise<number> {
  const [row] = await query<{ id: number }>(em, 'select id from city where code = ?', [code]);
  if (!row) throw new NotFoundError('城市 / City', code);
  return row.id;
}

export function districtByCode(em: EntityManager, code: string): Promise<District | null> {
  return em.findOne(District, { code });
}

export function districtsOfCities(em: EntityManager, cityIds: readonly number[]): Promise<District[]> {
  if (cityIds.length === 0) return Promise.resolve([]);
  return em.find(District, { city: { $in: [...cityIds] } }, { orderBy: { code: 'asc' } });
}

export function districtScope(district: District): Scope {
  return {
    kind: 'DISTRICT',
    id: district.id,
    code: district.code,
    name: district.name,
    population: district.population,
    residents60Plus: district.residents60Plus,
  };
}

/** Cities as scopes; residents aged 60+ are summed over each city's districts in one statement. */
export async function cityScopes(em: EntityManager, cities: readonly City[]): Promise<Map<number, Scope>> {
  if (cities.length === 0) return new Map();
  const rows = await query<{ city_id: number; residents: number }>(
    em,
    `select city_id, coalesce(sum(residents60plus), 0)::int as residents from district
      where city_id in (${placeholders(cities.length)}) group by city_id`,
    cities.map((c) => c.id),
  );
  const residents = new Map(rows.map((r) => [r.city_id, r.residents]));
  return new Map(
    cities.map((c) => [
      c.id,
      { kind: 'CITY', id: c.id, code: c.code, name: c.name, population: c.population, residents60Plus: residents.get(c.id) ?? 0 },
    ]),
  );
}

/** A city or a district, by its administrative code. */
export async function requireScope(em: EntityManager, code: string): Promise<Scope> {
  const city = await cityByCode(em, code);
  if (city) {
    const scope = (await cityScopes(em, [city])).get(city.id);
    if (scope) return scope;
  }
  const district = await districtByCode(em, code);
  if (district) return districtScope(district);
  throw new NotFoundError('城市或区县 / City or district', code);
}
