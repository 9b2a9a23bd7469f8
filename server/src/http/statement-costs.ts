/**
 * How many SQL statements each field that reaches the database needs, for the statement
 * budget (statement-estimate.ts). Fields not named here read what their parent already
 * holds and need none; statement-costs.test.ts fails when a root field or a field resolver
 * is missing, so a new resolver is priced when it is written.
 *
 * - `perCall`: statements every time the field resolves, i.e. once per parent item.
 * - `batched`: a per-request DataLoader (loaders.ts): statements once per batch, and every
 *   item of one resolution is in the same batch. Fields naming the same `loader` under the
 *   same parent share its batch (a district's slots and enrolled are one statement).
 *
 * The figures are upper bounds of the code paths as they are (each checked against
 * `extensions.sqlStatements` in test/blackbox/statement-budget.test.ts for some of them).
 * A write's statements also depend on its input (an import's rows go in batches), so a
 * mutation counts what a typical one needs; the budget is for read fan-out.
 */
export type StatementCost = { perCall: number } | { batched: number; loader: string };

const perCall = (n: number): StatementCost => ({ perCall: n });
const batched = (loader: string, n = 1): StatementCost => ({ batched: n, loader });

const LIVE_FIGURES = ['slots', 'enrolled', 'institutionCount', 'filedInstitutionCount', 'inclusiveInstitutionCount', 'slotsPer1000'];

export const STATEMENT_COST: Record<string, StatementCost> = {
  // A page (1), its count when totalCount is asked (1), the place looked up when empty (1).
  'Query.institutions': perCall(3),
  'Query.institution': perCall(2),
  'Query.auditLog': perCall(3),
  'Query.cities': perCall(1),
  'Query.city': perCall(1),
  'Query.district': perCall(1),
  'Query.township': perCall(1),
  'Query.indicators': perCall(1),
  'Query.indicatorSeries': perCall(4),
  // Shared between queries of the same city while it is unchanged; counted as computed.
  'Query.cityOverview': perCall(16),
  'Query.displayTokens': perCall(2),
  'Query.users': perCall(2),
  'Query.me': perCall(2),

  'Mutation.login': perCall(8),
  'Mutation.refreshToken': perCall(8),
  'Mutation.logout': perCall(4),
  'Mutation.createUser': perCall(12),
  'Mutation.updateUser': perCall(12),
  'Mutation.issueDisplayToken': perCall(8),
  'Mutation.revokeDisplayToken': perCall(8),
  'Mutation.createInstitution': perCall(12),
  'Mutation.updateInstitution': perCall(12),
  'Mutation.fileInstitution': perCall(12),
  'Mutation.closeInstitution': perCall(12),
  'Mutation.recordIndicatorValue': perCall(12),
  'Mutation.createTarget': perCall(12),
  'Mutation.updateTarget': perCall(14),
  // The target, the city's districts and parts (3), the writes (a few), the parent's view (up to 10).
  'Mutation.setTargetParts': perCall(24),
  'Mutation.setPaceThresholds': perCall(8),
  'Mutation.importInstitutions': perCall(40),
  'Mutation.importIndicatorValues': perCall(40),

  // Per event pushed.
  'Subscription.cityOverview': perCall(16),
  'Subscription.changeFeed': perCall(3),
  'Subscription.institutionChanged': perCall(3),

  'City.districts': batched('districtsOfCity'),
  // Targets, indicators, scopes and their figures, however many targets (targetsOfCities);
  // under asOf the same through targetsOfCityAt, one loader or the other per level.
  'City.targets': batched('targetsOfCity', 10),
  'District.city': batched('city'),
  // The targets (1), then their views as for City.targets.
  'District.targets': batched('targetsOfDistrict', 10),
  'Target.parts': batched('targetParts', 10),
  'Target.parent': batched('target', 10),
  'City.paceThresholds': batched('paceThresholds'),
  // The ids by a window per district (1), then the rows (1).
  'District.institutions': batched('institutionsOfDistrict', 2),
  'Institution.district': batched('district'),
  'Institution.township': batched('township'),
  'District.townships': batched('townshipsOfDistrict'),
  'Township.district': batched('district'),
  'Township.covered': batched('townshipStats'),
  'Institution.history': batched('institutionHistory'),
  'User.cityCode': batched('city'),
  // Users of `users` come with their districts; a user a mutation returns loads them itself.
  'User.districtCodes': perCall(1),
  ...Object.fromEntries(LIVE_FIGURES.flatMap((f) => [[`City.${f}`, batched('cityStats')], [`District.${f}`, batched('districtStats')], [`Township.${f}`, batched('townshipStats')]])),
};
