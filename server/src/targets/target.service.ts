import type { EntityManager } from '@mikro-orm/postgresql';
import type { TargetKind } from './target.enums.js';
import type { City } from '../geography/city.entity.js';
import { cityScopes } from '../geography/geography.service.js';
import type { KnownFigures } from '../indicators/figure.service.js';
import type { Scope } from '../geography/scope.js';
import { TARGETS_AS_OF } from '../audit/as-of.sql.js';
import { placeholders, query } from '../common/sql.js';
import { cityIdOf, targetViews } from './target-views.service.js';
import { Target } from './target.entity.js';
import type { TargetView } from './target.type.js';

/**
 * The targets of many cities (their own and their districts'), most distant deadline first;
 * not the district parts of a split city target, which are read through their parent.
 */
export function loadTargets(em: EntityManager, cityIds: readonly number[]): Promise<Target[]> {
  return em.find(
    Target,
    { parent: null, $or: [{ city: { $in: cityIds } }, { district: { city: { $in: cityIds } } }] },
    { populate: ['indicator', 'district'], orderBy: { deadline: 'desc', id: 'asc' } },
  );
}

/**
 * The targets of many cities as they stood at `asOf`, rebuilt from the audit trail: the
 * ones that existed then, with the figures they had (title, kind, dates, baseline, value).
 */
export async function loadTargetsAsOf(em: EntityManager, cityIds: readonly number[], asOf: Date): Promise<Target[]> {
  const [current, past] = await Promise.all([
    loadTargets(em, cityIds),
    query<{ id: number; title: string; kind: TargetKind; starts_on: string; deadline: string; baseline: string; target_value: string }>(
      em,
      `select p.id, p.title, p.kind, p.starts_on::text as starts_on, p.deadline::text as deadline, p.baseline, p.target_value
         from ${TARGETS_AS_OF} p join target t on t.id = p.id left join district d on d.id = t.district_id
        where t.city_id in (${placeholders(cityIds.length)}) or d.city_id in (${placeholders(cityIds.length)})`,
      [asOf, ...cityIds, ...cityIds],
    ),
  ]);
  const then = new Map(past.map((p) => [p.id, p]));
  return current
    .flatMap((t) => {
      const p = then.get(t.id);
      // A copy: the entity itself stays as it is now, in this request's identity map.
      return p ? [{ ...t, title: p.title, kind: p.kind, startsOn: p.starts_on, deadline: p.deadline, baseline: Number(p.baseline), targetValue: Number(p.target_value) } as Target] : [];
    })
    .sort((a, b) => b.deadline.localeCompare(a.deadline) || a.id - b.id);
}

/**
 * The targets of many cities (their own and their districts'), each with its progress,
 * in a bounded number of statements however many targets there are. A caller holding
 * the targets, the cities' scopes or figures already passes them in `known`.
 */
export async function targetsOfCities(
  em: EntityManager,
  cities: readonly City[],
  today: string,
  known: KnownFigures & { targets?: Promise<Target[]>; scopes?: ReadonlyMap<number, Scope> } = {},
  asOf?: Date,
): Promise<Map<number, TargetView[]>> {
  const byCity = new Map<number, TargetView[]>(cities.map((c) => [c.id, []]));
  if (cities.length === 0) return byCity;
  const cityIds = cities.map((c) => c.id);
  const haveScopes = known.scopes && cities.every((c) => known.scopes!.has(c.id));
  const [targets, scopesOfCities] = await Promise.all([known.targets ?? (asOf ? loadTargetsAsOf(em, cityIds, asOf) : loadTargets(em, cityIds)), haveScopes ? known.scopes! : cityScopes(em, cities)]);
  const views = await targetViews(em, targets, today, { known, scopes: scopesOfCities, asOf });
  targets.forEach((t, index) => byCity.get(cityIdOf(t))?.push(views[index]!));
  return byCity;
}
