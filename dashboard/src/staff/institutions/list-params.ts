import { enumValues } from '../i18n/enum-labels';
import type { InstitutionFilter, InstitutionOrderField, Ownership, SortDirection } from '../graphql/types';

/** The list's filters and order, as they stand in the address (so a reload or a shared link keeps them). */
export interface ListParams {
  /** A district code, or '' for every district in the viewer's scope. */
  district: string;
  search: string;
  filed: '' | 'yes' | 'no';
  inclusive: '' | 'yes' | 'no';
  ownership: '' | Ownership;
  includeClosed: boolean;
  order: InstitutionOrderField;
  direction: SortDirection;
}

export const PAGE_SIZE = 20;
export const ORDER_FIELDS: InstitutionOrderField[] = ['NAME', 'SLOTS', 'ENROLLED', 'OPENED_ON', 'UPDATED_AT'];

export const DEFAULT_PARAMS: ListParams = {
  district: '',
  search: '',
  filed: '',
  inclusive: '',
  ownership: '',
  includeClosed: false,
  order: 'NAME',
  direction: 'ASC',
};

const yesNo = (value: string | null): '' | 'yes' | 'no' => (value === 'yes' || value === 'no' ? value : '');

/** Reads `?district=421002&q=阳光&filed=no&sort=SLOTS&dir=DESC`; anything unknown falls back to the default. */
export function readListParams(search: string): ListParams {
  const query = new URLSearchParams(search);
  const ownership = query.get('ownership') ?? '';
  const order = query.get('sort') ?? '';
  return {
    district: /^\d{6}$/.test(query.get('district') ?? '') ? query.get('district')! : '',
    search: (query.get('q') ?? '').trim().slice(0, 100),
    filed: yesNo(query.get('filed')),
    inclusive: yesNo(query.get('inclusive')),
    ownership: (enumValues('Ownership') as string[]).includes(ownership) ? (ownership as Ownership) : '',
    includeClosed: query.get('closed') === '1',
    order: (ORDER_FIELDS as string[]).includes(order) ? (order as InstitutionOrderField) : 'NAME',
    direction: query.get('dir') === 'DESC' ? 'DESC' : 'ASC',
  };
}

/** The address's query for `params`, leaving defaults out; `lang` is kept when given. */
export function writeListParams(params: ListParams, keep: Record<string, string> = {}): string {
  const query = new URLSearchParams(keep);
  if (params.district) query.set('district', params.district);
  if (params.search) query.set('q', params.search);
  if (params.filed) query.set('filed', params.filed);
  if (params.inclusive) query.set('inclusive', params.inclusive);
  if (params.ownership) query.set('ownership', params.ownership);
  if (params.includeClosed) query.set('closed', '1');
  if (params.order !== 'NAME') query.set('sort', params.order);
  if (params.direction !== 'ASC') query.set('dir', params.direction);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export interface ListScope {
  /** The city to list (the viewer's, or the one an analyst picked). */
  cityCode: string | null;
  /** Districts the viewer may choose from; staff see only theirs. */
  districtCodes: string[];
  /** Staff are kept to their districts: with no district chosen, the first of theirs. */
  restricted: boolean;
}

/** The `institutions` query's variables for one page. */
export function listVariables(params: ListParams, scope: ListScope, after: string | null) {
  const district = scope.districtCodes.includes(params.district) ? params.district : scope.restricted ? (scope.districtCodes[0] ?? '') : '';
  const filter: InstitutionFilter = {};
  if (district) filter.districtCode = district;
  else if (scope.cityCode) filter.cityCode = scope.cityCode;
  if (params.search) filter.search = params.search;
  if (params.filed) filter.filed = params.filed === 'yes';
  if (params.inclusive) filter.inclusive = params.inclusive === 'yes';
  if (params.ownership) filter.ownership = params.ownership;
  if (params.includeClosed) filter.includeClosed = true;
  return { filter, orderBy: { field: params.order, direction: params.direction }, first: PAGE_SIZE, after };
}
