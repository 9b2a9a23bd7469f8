import { Cursor } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../common/errors.js';
import { query } from '../common/sql.js';
import { decodeCursor } from './institution-cursor.js';
import type { Institution } from './institution.entity.js';
import { type InstitutionFilter, InstitutionOrderField, SortDirection } from './institution.inputs.js';

const MAX_SEARCH_LENGTH = 50;

/** The column each order sorts on; the id always breaks ties, so every order is total. */
export const ORDER_COLUMN: Record<InstitutionOrderField, string> = {
  NAME: 'i.name',
  SLOTS: 'i.slots',
  ENROLLED: 'i.enrolled',
  OPENED_ON: 'i.opened_on',
  UPDATED_AT: 'i.updated_at',
};

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An SQL condition with its bound values. */
export interface Condition {
  sql: string;
  params: unknown[];
}

/** The filter as conditions on `institution i` joined to `district d` and `city c`. */
export function filterConditions(filter: InstitutionFilter | null | undefined, today: string): Condition[] {
  const where: Condition[] = [];
  const add = (sql: string, ...params: unknown[]) => where.push({ sql, params });
  if (filter?.cityCode) add('c.code = ?', filter.cityCode);
  if (filter?.districtCode) add('d.code = ?', filter.districtCode);
  if (filter?.townshipCode) add('i.township_id = (select t.id from township t where t.code = ?)', filter.townshipCode);
  if (filter?.inclusive != null) add('i.inclusive = ?', filter.inclusive);
  if (filter?.filed != null) add(filter.filed ? 'i.filed_on is not null' : 'i.filed_on is null');
  if (filter?.demonstrationLevel) add('i.demonstration_level = ?', filter.demonstrationLevel);
  if (filter?.pilotLevel) add('i.pilot_level = ?', filter.pilotLevel);
  if (filter?.ownership) add('i.ownership = ?', filter.ownership);
  if (filter?.search != null) {
    const search = filter.search.trim();
    if (search.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError(`搜索文字不超过 ${MAX_SEARCH_LENGTH} 个字 / search is limited to ${MAX_SEARCH_LENGTH} characters`, { field: 'filter.search' });
    }
    if (search) add(`i.name ilike ? escape '\\'`, `%${likeEscape(search)}%`);
  }
  if (!filter?.includeClosed) add('i.opened_on <= ?::date and (i.closed_on is null or i.closed_on > ?::date)', today, today);
  return where;
}

export interface InstitutionRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
  name: string;
  district_id: number;
  township_id: number | null;
  ownership: Institution['ownership'];
  inclusive: boolean;
  filed_on: string | null;
  demonstration_level: Institution['demonstrationLevel'];
  pilot_level: Institution['pilotLevel'];
  slots: number;
  enrolled: number;
  age_classes: Institution['ageClasses'];
  address: string;
  opened_on: string;
  closed_on: string | null;
  /** The district's columns, where the statement joined them (lists do). */
  d_code?: string;
  d_name?: string;
  d_name_en?: string;
  d_kind?: string;
  d_city_id?: number;
  d_population?: number;
  d_children_under3?: number;
  d_residents60plus?: number;
  d_created_at?: string;
  d_updated_at?: string;
  d_version?: number;
}

/** The district columns a list row carries, so its district needs no statement of its own. */
const DISTRICT_COLUMNS = `d.code as d_code, d.name as d_name, d.name_en as d_name_en, d.kind as d_kind, d.city_id as d_city_id,
  d.population as d_population, d.children_under3 as d_children_under3, d.residents60plus as d_residents60plus,
  d.created_at as d_created_at, d.updated_at as d_updated_at, d.version as d_version`;

function districtOf(row: InstitutionRow): { id: number } {
  if (row.d_code === undefined) return { id: row.district_id };
  return {
    id: row.district_id,
    code: row.d_code,
    name: row.d_name,
    nameEn: row.d_name_en,
    kind: row.d_kind,
    city: { id: row.d_city_id },
    population: row.d_population,
    childrenUnder3: row.d_children_under3,
    residents60Plus: row.d_residents60plus,
    createdAt: new Date(row.d_created_at!),
    updatedAt: new Date(row.d_updated_at!),
    version: row.d_version,
  } as { id: number };
}

/**
 * A row as the object the GraphQL type and the write rules read: the entity's fields, and
 * the district as a reference by id, or whole where the row carries it. Lists are
 * read-only: building managed entities for every row was most of a page's cost, and
 * nothing here is ever flushed.
 */
export function fromRow(row: InstitutionRow): Institution {
  const view = {
    id: row.id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    version: row.version,
    name: row.name,
    district: districtOf(row),
    township: row.township_id === null ? null : { id: row.township_id },
    ownership: row.ownership,
    inclusive: row.inclusive,
    filedOn: row.filed_on,
    demonstrationLevel: row.demonstration_level,
    pilotLevel: row.pilot_level,
    slots: row.slots,
    enrolled: row.enrolled,
    ageClasses: row.age_classes,
    address: row.address,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
  };
  return view as unknown as Institution;
}

/** A row's sort value for its cursor, as the database gave it (timestamps keep their microseconds). */
const SORT_VALUE: Record<InstitutionOrderField, (row: InstitutionRow) => unknown> = {
  NAME: (row) => row.name,
  SLOTS: (row) => row.slots,
  ENROLLED: (row) => row.enrolled,
  OPENED_ON: (row) => row.opened_on,
  UPDATED_AT: (row) => row.updated_at,
};

export interface InstitutionPage {
  totalCount: number;
  items: Institution[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * One page in keyset order: one statement for the page (one row more than asked, to know
 * whether another page follows), and one for the count only when it is wanted.
 */
export async function institutionPage(
  em: EntityManager,
  conditions: Condition[],
  page: { field: InstitutionOrderField; direction: SortDirection; first: number; after?: string | null; count: boolean },
): Promise<InstitutionPage> {
  const where = [...conditions];
  const column = ORDER_COLUMN[page.field];
  const dir = page.direction === SortDirection.ASC ? 'asc' : 'desc';
  if (page.after) where.push({ sql: `(${column}, i.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`, params: decodeCursor(page.after, page.field) });
  const from = 'from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id';
  const whereSql = where.length ? `where ${where.map((c) => `(${c.sql})`).join(' and ')}` : '';
  const params = where.flatMap((c) => c.params);
  const rowsPromise = query<InstitutionRow>(em, `select i.*, ${DISTRICT_COLUMNS} ${from} ${whereSql} order by ${column} ${dir}, i.id ${dir} limit ?`, [...params, page.first + 1]);
  const countConditions = conditions.length ? `where ${conditions.map((c) => `(${c.sql})`).join(' and ')}` : '';
  const countPromise = page.count
    ? query<{ n: number }>(em, `select count(*)::int as n ${from} ${countConditions}`, conditions.flatMap((c) => c.params))
    : Promise.resolve([{ n: 0 }]);
  const [rows, [counted]] = await Promise.all([rowsPromise, countPromise]);
  const pageRows = rows.slice(0, page.first);
  const sortValue = SORT_VALUE[page.field];
  return {
    totalCount: counted?.n ?? 0,
    items: pageRows.map(fromRow),
    cursors: pageRows.map((row) => Cursor.encode([sortValue(row), row.id])),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}
