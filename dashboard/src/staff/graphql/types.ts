/**
 * Names the staff and analyst pages give the results of their operations (operations.ts,
 * session/auth-api.ts, explore/operations.ts): aliases of the types generated from the
 * schema for those operations (shared/graphql/generated.ts, `pnpm codegen`), never copies.
 */
import type * as G from '../../shared/graphql/generated';

export type {
  AgeClass,
  AuditAction,
  DemonstrationLevel,
  Frequency,
  InstitutionFilter,
  InstitutionInput,
  InstitutionOrderField,
  InstitutionPatch,
  Ownership,
  PilotLevel,
  Role,
  SortDirection,
  TargetKind,
} from '../../shared/graphql/generated';

/** What login and refreshToken return. */
export type AuthPayload = G.LoginMutation['login'];
/** The signed-in account. */
export type SessionUser = AuthPayload['user'];
export type Institution = NonNullable<G.InstitutionQuery['institution']>;
export type DistrictRef = Institution['district'];
export type AuditEntry = NonNullable<G.InstitutionHistoryQuery['institution']>['history'][number];
export type IndicatorDefinition = G.IndicatorsQuery['indicators'][number];
export type SeriesPoint = G.IndicatorSeriesQuery['indicatorSeries'][number];
export type RecordedValue = G.RecordIndicatorValueMutation['recordIndicatorValue'];
export type Target = NonNullable<G.CityTargetsQuery['city']>['targets'][number];
export type ImportReport = G.ImportInstitutionsMutation['importInstitutions'];
export type User = G.UsersQuery['users'][number];
export type DisplayToken = G.DisplayTokensQuery['displayTokens'][number];
