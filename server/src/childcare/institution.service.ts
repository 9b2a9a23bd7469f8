import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import { authorize, canReadCity, readableCities, requireViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { District } from '../geography/district.entity.js';
import { requireCityId } from '../geography/geography.service.js';
import { placeholders, query } from '../common/sql.js';
import { Institution } from './institution.entity.js';
import { type InstitutionFilter, type InstitutionOrder, InstitutionOrderField, SortDirection } from './institution.inputs.js';
import { filterConditions, institutionPage, ORDER_COLUMN, type Condition } from './institution-list.sql.js';
import { OPEN_TODAY } from './institution-stats.service.js';
import { rowId } from '../common/ids.js';
import { Township } from '../geography/township.entity.js';

/**
 * Institution-level records are for signed-in viewers of the city (analysts: every city).
 * The list is limited to the viewer's cities in SQL, so a page of a city the viewer may read
 * takes one statement. Only an empty page needs the city or district looked up, to tell
 * "none there" from NOT_FOUND (no such place) and FORBIDDEN (another city's).
 */
function readableScope(em: EntityManager, viewer: Viewer | null, filter: InstitutionFilter | null | undefined): { conditions: Condition[]; checkWhenEmpty?: () => Promise<void> } {
  const who = requireViewer(viewer);
  const cities = readableCities(who);
  const conditions: Condition[] = typeof cities === 'number' ? [{ sql: 'd.city_id = ?', params: [cities] }] : [];
  const { cityCode, districtCode, townshipCode } = filter ?? {};
  if (cityCode) {
    return { conditions, checkWhenEmpty: async () => void authorize(who, canReadCity(who, await requireCityId(em, cityCode))) };
  }
  if (districtCode) {
    return {
      conditions,
      checkWhenEmpty: async () => {
        const district = await em.findOne(District, { code: districtCode });
        if (!district) throw new NotFoundError('区县 / District', districtCode);
        authorize(who, canReadCity(who, district.city.id));
      },
    };
  }
  if (townshipCode) {
    return {
      conditions,
      checkWhenEmpty: async () => {
        const township = await em.findOne(Township, { code: townshipCode }, { populate: ['district'] });
        if (!township) throw new NotFoundError('乡镇街道 / Township', townshipCode);
        authorize(who, canReadCity(who, township.district.city.id));
      },
    };
  }
  if (cities === 'NONE') throw new ForbiddenError();
  return { conditions };
}

export async function findInstitutions(
  em: EntityManager,
  viewer: Viewer | null,
  args: { filter?: InstitutionFilter | null; orderBy?: InstitutionOrder | null; first: number; after?: string | null; count?: boolean },
  today: string,
) {
  const scope = readableScope(em, viewer, args.filter);
  const page = await institutionPage(em, [...filterConditions(args.filter, today), ...scope.conditions], {
    field: args.orderBy?.field ?? InstitutionOrderField.NAME,
    direction: args.orderBy?.direction ?? SortDirection.ASC,
    first: args.first,
    after: args.after,
    count: args.count ?? true,
  });
  if (page.items.length === 0) await scope.checkWhenEmpty?.();
  return {
    totalCount: page.totalCount,
    edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i]! })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
  };
}

export interface DistrictInstitutionsKey {
  districtId: number;
  first: number;
  order: InstitutionOrderField;
  direction: SortDirection;
}

/**
 * The first n open institutions of many districts: one statement picks the ids with a
 * window per district, one loads them, whatever the number of districts.
 */
export async function institutionsOfDistricts(em: EntityManager, keys: readonly DistrictInstitutionsKey[]): Promise<Institution[][]> {
  const groups = new Map<string, DistrictInstitutionsKey[]>();
  for (const key of keys) {
    const shape = `${key.first}|${key.order}|${key.direction}`;
    groups.set(shape, [...(groups.get(shape) ?? []), key]);
  }
  const idsByKey = new Map<DistrictInstitutionsKey, number[]>();
  for (const group of groups.values()) {
    const { first, order, direction } = group[0]!;
    const dir = direction === SortDirection.ASC ? 'asc' : 'desc';
    const districtIds = group.map((k) => k.districtId);
    const rows = await query<{ id: number; district_id: number }>(
      em,
      `select id, district_id from (
         select i.id, i.district_id, row_number() over (partition by i.district_id order by ${ORDER_COLUMN[order]} ${dir}, i.id ${dir}) as n
           from institution i
          where i.district_id in (${placeholders(districtIds.length)}) and ${OPEN_TODAY}
       ) ranked where n <= ? order by district_id, n`,
      [...districtIds, first],
    );
    for (const key of group) idsByKey.set(key, rows.filter((r) => r.district_id === key.districtId).map((r) => r.id));
  }
  const allIds = [...new Set([...idsByKey.values()].flat())];
  const loaded = allIds.length === 0 ? [] : await em.find(Institution, { id: { $in: allIds } });
  const byId = new Map(loaded.map((i) => [i.id, i]));
  return keys.map((key) => (idsByKey.get(key) ?? []).map((id) => byId.get(id)!).filter(Boolean));
}

/** One institution, for a viewer who may read its city. */
export async function findInstitution(em: EntityManager, viewer: Viewer | null, id: string): Promise<Institution | null> {
  const who = requireViewer(viewer);
  const numeric = rowId(id);
  if (numeric === null) return null;
  const institution = await em.findOne(Institution, { id: numeric }, { populate: ['district'] });
  if (institution) authorize(who, canReadCity(who, institution.district.city.id));
  return institution;
}
