import { Cursor, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { authorize, canReadCity, requireViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { District } from '../geography/district.entity.js';
import { requireCity } from '../geography/geography.service.js';
import { placeholders, query } from '../common/sql.js';
import { Institution } from './institution.entity.js';
import { ORDER_PROPERTY, type InstitutionFilter, type InstitutionOrder, InstitutionOrderField, SortDirection } from './institution.inputs.js';
import { OPEN_TODAY } from './institution-stats.service.js';

const MAX_SEARCH_LENGTH = 50;

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function institutionWhere(filter: InstitutionFilter | null | undefined, today: string): FilterQuery<Institution> {
  const where: Record<string, unknown>[] = [];
  if (filter?.cityCode) where.push({ district: { city: { code: filter.cityCode } } });
  if (filter?.districtCode) where.push({ district: { code: filter.districtCode } });
  if (filter?.inclusive != null) where.push({ inclusive: filter.inclusive });
  if (filter?.filed != null) where.push({ filedOn: filter.filed ? { $ne: null } : null });
  if (filter?.demonstrationLevel) where.push({ demonstrationLevel: filter.demonstrationLevel });
  if (filter?.pilotLevel) where.push({ pilotLevel: filter.pilotLevel });
  if (filter?.ownership) where.push({ ownership: filter.ownership });
  if (filter?.search != null) {
    const search = filter.search.trim();
    if (search.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError(`搜索文字不超过 ${MAX_SEARCH_LENGTH} 个字 / search is limited to ${MAX_SEARCH_LENGTH} characters`, { field: 'filter.search' });
    }
    if (search) where.push({ name: { $ilike: `%${likeEscape(search)}%` } });
  }
  if (!filter?.includeClosed) {
    where.push({ openedOn: { $lte: today }, $or: [{ closedOn: null }, { closedOn: { $gt: today } }] });
  }
  return (where.length === 0 ? {} : { $and: where }) as FilterQuery<Institution>;
}

function orderBy(order: InstitutionOrder | null | undefined): Record<string, 'asc' | 'desc'> {
  const field = order?.field ?? InstitutionOrderField.NAME;
  const direction = (order?.direction ?? SortDirection.ASC) === SortDirection.ASC ? 'asc' : 'desc';
  // The id breaks ties, so the order (and every cursor) is total.
  return { [ORDER_PROPERTY[field]]: direction, id: direction };
}

/**
 * Institution-level records are for signed-in viewers of the city (analysts: every city).
 * Without a city filter, a viewer tied to a city sees that city only.
 */
async function readableScope(em: EntityManager, viewer: Viewer | null, filter: InstitutionFilter | null | undefined): Promise<FilterQuery<Institution>> {
  const who = requireViewer(viewer);
  if (filter?.cityCode) {
    const city = await requireCity(em, filter.cityCode);
    authorize(who, canReadCity(who, city.id));
    return {};
  }
  if (filter?.districtCode) {
    const district = await em.findOne(District, { code: filter.districtCode });
    if (!district) throw new NotFoundError('区县 / District', filter.districtCode);
    authorize(who, canReadCity(who, district.city.id));
    return {};
  }
  return who.cityId === null ? {} : { district: { city: who.cityId } };
}

export async function findInstitutions(
  em: EntityManager,
  viewer: Viewer | null,
  args: { filter?: InstitutionFilter | null; orderBy?: InstitutionOrder | null; first: number; after?: string | null; count?: boolean },
  today: string,
) {
  const scope = await readableScope(em, viewer, args.filter);
  if (args.after) {
    try {
      const decoded = Cursor.decode(args.after);
      if (!Array.isArray(decoded)) throw new Error('not a cursor');
    } catch {
      throw new BadUserInputError('无效的分页游标 / Invalid cursor', { field: 'after' });
    }
  }
  const cursor = await em.findByCursor(Institution, { $and: [institutionWhere(args.filter, today), scope] } as FilterQuery<Institution>, {
    first: args.first,
    after: args.after ?? undefined,
    orderBy: orderBy(args.orderBy),
    includeCount: args.count ?? true,
  });
  return {
    totalCount: cursor.totalCount ?? 0,
    edges: cursor.items.map((node) => ({ node, cursor: cursor.from(node) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}

export interface DistrictInstitutionsKey {
  districtId: number;
  first: number;
  order: InstitutionOrderField;
  direction: SortDirection;
}

const ORDER_COLUMN: Record<InstitutionOrderField, string> = {
  NAME: 'i.name',
  SLOTS: 'i.slots',
  ENROLLED: 'i.enrolled',
  OPENED_ON: 'i.opened_on',
  UPDATED_AT: 'i.updated_at',
};

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
  const numeric = Number(id);
  if (!Number.isSafeInteger(numeric) || numeric <= 0) return null;
  const institution = await em.findOne(Institution, { id: numeric }, { populate: ['district'] });
  if (institution) authorize(who, canReadCity(who, institution.district.city.id));
  return institution;
}
