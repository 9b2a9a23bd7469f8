/** The shapes of the staff pages' operations (operations.ts), as the API answers them. */
export type Role = 'CITY_ADMIN' | 'STAFF' | 'LEADER' | 'ANALYST' | 'DISPLAY';
export type Ownership = 'PUBLIC' | 'PRIVATE' | 'EMPLOYER' | 'COMMUNITY' | 'KINDERGARTEN';
export type DemonstrationLevel = 'NONE' | 'CITY' | 'PROVINCIAL' | 'NATIONAL';
export type PilotLevel = 'NONE' | 'CITY' | 'PROVINCIAL';
export type AgeClass = 'INFANT' | 'TODDLER' | 'PRESCHOOL';
export type AuditAction = 'CREATE' | 'UPDATE' | 'FILE' | 'CLOSE' | 'IMPORT' | 'REVOKE';
export type TargetKind = 'LEVEL' | 'INCREASE' | 'PER_1000';
export type InstitutionOrderField = 'NAME' | 'SLOTS' | 'ENROLLED' | 'OPENED_ON' | 'UPDATED_AT';
export type SortDirection = 'ASC' | 'DESC';
export type Frequency = 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

/** The signed-in account, as login and refreshToken return it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  cityCode: string | null;
  districtCodes: string[];
}

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: SessionUser;
}

export interface DistrictRef {
  id: string;
  code: string;
  name: string;
  nameEn: string;
}

export interface Institution {
  id: string;
  name: string;
  district: DistrictRef;
  ownership: Ownership;
  inclusive: boolean;
  demonstrationLevel: DemonstrationLevel;
  pilotLevel: PilotLevel;
  slots: number;
  enrolled: number;
  ageClasses: AgeClass[];
  address: string;
  openedOn: string;
  filedOn: string | null;
  closedOn: string | null;
  version: number;
  updatedAt: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface InstitutionPage {
  institutions: { totalCount: number; pageInfo: PageInfo; edges: { cursor: string; node: Institution }[] };
}

export interface InstitutionFilter {
  cityCode?: string;
  districtCode?: string;
  search?: string;
  filed?: boolean;
  inclusive?: boolean;
  ownership?: Ownership;
  includeClosed?: boolean;
}

export interface CityDistricts {
  city: { code: string; name: string; nameEn: string; districts: DistrictRef[] } | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string;
  actorRole: Role | null;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

export interface InstitutionHistory {
  institution: { id: string; name: string; history: AuditEntry[] } | null;
}

/** The editable fields of an institution (InstitutionPatch). */
export interface InstitutionPatch {
  name?: string;
  ownership?: Ownership;
  inclusive?: boolean;
  demonstrationLevel?: DemonstrationLevel;
  pilotLevel?: PilotLevel;
  slots?: number;
  enrolled?: number;
  ageClasses?: AgeClass[];
  address?: string;
  openedOn?: string;
}

export interface InstitutionInput extends Required<InstitutionPatch> {
  districtCode: string;
}

export interface IndicatorDefinition {
  key: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  frequency: Frequency;
  computation: 'STORED' | 'LIVE' | 'DERIVED';
}

export interface SeriesPoint {
  period: string;
  value: number;
  live: boolean;
}

export interface RecordedValue {
  indicatorKey: string;
  scopeCode: string;
  period: string;
  value: number;
  version: number;
}

export interface Target {
  id: string;
  title: string;
  kind: TargetKind;
  indicatorKey: string;
  unit: string;
  scopeCode: string;
  startsOn: string;
  deadline: string;
  baseline: number;
  targetValue: number;
  currentValue: number | null;
  progress: number | null;
  version: number;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  encoding: string;
  validRowCount: number;
  importedCount: number;
  errorCount: number;
  errors: { row: number; column: string; message: string }[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  cityCode: string | null;
  districtCodes: string[];
  disabled: boolean;
  lastLoginAt: string | null;
  version: number;
}

export interface DisplayToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  version: number;
}
