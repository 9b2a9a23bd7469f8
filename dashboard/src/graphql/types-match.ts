/**
 * The hand-written result types the pages use, held to the types generated from the schema
 * for the operations that fetch them (generated.ts). Types only: `pnpm typecheck` fails when
 * a result type and the schema disagree (a field added, dropped, renamed, made nullable or
 * given another type), and when a variable type sends what the schema does not accept.
 */
import type * as G from '../shared/graphql/generated';
import type * as Wall from '../wall/graphql/types';
import type * as Admin from '../staff/graphql/types';

/** True when A and B accept exactly the same values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** True when every A is a B (what the pages send is something the schema accepts). */
type Fits<A, B> = [A] extends [B] ? true : false;
type Holds<T extends true> = T;

type Overview = G.WallOverviewSubscription['cityOverview'];
type AdminInstitution = NonNullable<G.InstitutionQuery['institution']>;

export type WallTypesMatch = [
  Holds<Same<Wall.WallOverview, Overview>>,
  Holds<Same<Wall.WallDistrict, Overview['districts'][number]>>,
  Holds<Same<Wall.WallTarget, Overview['targets'][number]>>,
  Holds<Same<Wall.WallIndicator, Overview['indicators'][number]>>,
  Holds<Same<Wall.TrendPoint, G.SlotTrendQuery['indicatorSeries'][number]>>,
  Holds<Same<Wall.TickerEvent, G.TickerSubscription['changeFeed']>>,
];

export type AdminTypesMatch = [
  Holds<Same<Admin.AuthPayload, G.LoginMutation['login']>>,
  Holds<Same<Admin.AuthPayload, G.RefreshMutation['refreshToken']>>,
  Holds<Same<Admin.SessionUser, G.LoginMutation['login']['user']>>,
  Holds<Same<Admin.Institution, AdminInstitution>>,
  Holds<Same<Admin.DistrictRef, AdminInstitution['district']>>,
  Holds<Same<Admin.Institution, G.UpdateInstitutionMutation['updateInstitution']>>,
  Holds<Same<Admin.Institution, G.InstitutionChangedSubscription['institutionChanged']>>,
  Holds<Same<Admin.InstitutionPage, G.InstitutionsQuery>>,
  Holds<Same<Admin.PageInfo, G.InstitutionsQuery['institutions']['pageInfo']>>,
  Holds<Same<Admin.CityDistricts, G.CityDistrictsQuery>>,
  Holds<Same<Admin.InstitutionHistory, G.InstitutionHistoryQuery>>,
  Holds<Same<Admin.AuditEntry, NonNullable<G.InstitutionHistoryQuery['institution']>['history'][number]>>,
  Holds<Same<Admin.IndicatorDefinition, G.IndicatorsQuery['indicators'][number]>>,
  Holds<Same<Admin.SeriesPoint, G.IndicatorSeriesQuery['indicatorSeries'][number]>>,
  Holds<Same<Admin.RecordedValue, G.RecordIndicatorValueMutation['recordIndicatorValue']>>,
  Holds<Same<Admin.Target, NonNullable<G.CityTargetsQuery['city']>['targets'][number]>>,
  Holds<Same<Admin.Target, G.CreateTargetMutation['createTarget']>>,
  Holds<Same<Admin.ImportReport, G.ImportInstitutionsMutation['importInstitutions']>>,
  Holds<Same<Admin.ImportReport, G.ImportIndicatorValuesMutation['importIndicatorValues']>>,
  Holds<Same<Admin.User, G.UsersQuery['users'][number]>>,
  Holds<Same<Admin.DisplayToken, G.DisplayTokensQuery['displayTokens'][number]>>,
  Holds<Same<Admin.DisplayToken, G.IssueDisplayTokenMutation['issueDisplayToken']['displayToken']>>,
  // What the pages send.
  Holds<Fits<Admin.InstitutionFilter, G.InstitutionFilter>>,
  Holds<Fits<Admin.InstitutionPatch, G.InstitutionPatch>>,
  Holds<Fits<Admin.InstitutionInput, G.InstitutionInput>>,
];
