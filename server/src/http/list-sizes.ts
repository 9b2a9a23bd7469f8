import { DEFAULT_PAGE_SIZE } from '../common/pagination.js';

/**
 * How many items each list field is expected to return, for the cost limit (query-cost.ts)
 * and the statement budget (statement-estimate.ts). A number is a realistic upper size;
 * 'first' means the page the query asks for (the field's `first`, else its default);
 * 'connection' is a connection's `edges`, already counted by the `first` of the field
 * that returned the connection, so it counts once more here, not `first` times again.
 * list-sizes.test.ts fails when a list field of the schema is missing here.
 */
export const LIST_SIZE: Record<string, number | 'first' | 'connection'> = {
  'Query.cities': 5,
  'Query.indicators': 15,
  'Query.indicatorSeries': 60,
  'Query.institutions': 'first',
  'Query.auditLog': 'first',
  // A city's accounts and screen tokens: a few dozen in a real city, 8 and 1 in the demo.
  'Query.users': 50,
  'Query.displayTokens': 20,
  'InstitutionConnection.edges': 'connection',
  'AuditConnection.edges': 'connection',
  'City.districts': 15,
  // 25 in the largest district of the data set (海州区); a big urban district has about 40.
  'District.townships': 40,
  'City.targets': 10,
  'District.targets': 10,
  // One part per district of the city.
  'Target.parts': 15,
  'District.institutions': 'first',
  'CityOverview.districts': 15,
  'CityOverview.targets': 10,
  'CityOverview.indicators': 15,
  'Institution.ageClasses': 3,
  // Bounded in SQL by its `first` (default and maximum HISTORY_LIMIT, 200).
  'Institution.history': 'first',
  'User.districtCodes': 15,
  'Me.districtCodes': 15,
  // At most MAX_REPORTED_ERRORS (500) rows of a report.
  'ImportReport.errors': 500,
  // The watched fields of one changed row (live/change-feed.ts: at most 7, an institution's).
  'ChangeFeedEvent.changes': 7,
};

/**
 * The size a list field counts for, with its arguments (defaults applied), or undefined
 * for a field that is no list or a connection's edges (counted by their parent field).
 */
export function listSize(typeName: string, fieldName: string, args: Record<string, unknown>): number | undefined {
  const size = LIST_SIZE[`${typeName}.${fieldName}`];
  if (size === undefined || size === 'connection') return undefined;
  const n = size === 'first' ? Number(args.first ?? DEFAULT_PAGE_SIZE) : size;
  return Math.max(Number.isFinite(n) ? n : 0, 1);
}
