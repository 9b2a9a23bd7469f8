import { gql } from '@apollo/client';

/** The staff pages' operations. Their result types are generated from the schema (shared/graphql/generated.ts, `pnpm codegen`); types.ts names the ones the pages pass around. */

const INSTITUTION_FIELDS = `
  id name ownership inclusive demonstrationLevel pilotLevel slots enrolled ageClasses address
  openedOn filedOn closedOn version updatedAt
  district { id code name nameEn }
`;

export const CITY_DISTRICTS = gql`
  query CityDistricts($code: String!) {
    city(code: $code) { code name nameEn districts { id code name nameEn } }
  }
`;

export const CITIES = gql`
  query Cities { cities { code name nameEn } }
`;

export const INSTITUTIONS = gql`
  query Institutions($filter: InstitutionFilter, $orderBy: InstitutionOrder, $first: Int, $after: String) {
    institutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${INSTITUTION_FIELDS} } }
    }
  }
`;

export const INSTITUTION = gql`
  query Institution($id: ID!) { institution(id: $id) { ${INSTITUTION_FIELDS} } }
`;

export const INSTITUTION_HISTORY = gql`
  query InstitutionHistory($id: ID!) {
    institution(id: $id) { id name history { id at actorName actorRole action before after reason } }
  }
`;

export const UPDATE_INSTITUTION = gql`
  mutation UpdateInstitution($id: ID!, $expectedVersion: Int!, $patch: InstitutionPatch!, $reason: String) {
    updateInstitution(id: $id, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) { ${INSTITUTION_FIELDS} }
  }
`;

export const CREATE_INSTITUTION = gql`
  mutation CreateInstitution($input: InstitutionInput!, $reason: String) {
    createInstitution(input: $input, reason: $reason) { ${INSTITUTION_FIELDS} }
  }
`;

export const FILE_INSTITUTION = gql`
  mutation FileInstitution($id: ID!, $expectedVersion: Int!, $filedOn: LocalDate!, $reason: String) {
    fileInstitution(id: $id, expectedVersion: $expectedVersion, filedOn: $filedOn, reason: $reason) { ${INSTITUTION_FIELDS} }
  }
`;

export const CLOSE_INSTITUTION = gql`
  mutation CloseInstitution($id: ID!, $expectedVersion: Int!, $closedOn: LocalDate!, $reason: String) {
    closeInstitution(id: $id, expectedVersion: $expectedVersion, closedOn: $closedOn, reason: $reason) { ${INSTITUTION_FIELDS} }
  }
`;

export const INSTITUTION_CHANGED = gql`
  subscription InstitutionChanged($districtCode: String!) {
    institutionChanged(districtCode: $districtCode) { ${INSTITUTION_FIELDS} }
  }
`;

export const INDICATORS = gql`
  query Indicators { indicators { key nameZh nameEn unit frequency computation } }
`;

export const INDICATOR_SERIES = gql`
  query IndicatorSeries($key: String!, $scopeCode: String!, $from: LocalDate!, $to: LocalDate!, $granularity: Granularity!) {
    indicatorSeries(key: $key, scopeCode: $scopeCode, from: $from, to: $to, granularity: $granularity) { period value live }
  }
`;

export const RECORD_INDICATOR_VALUE = gql`
  mutation RecordIndicatorValue($input: IndicatorValueInput!, $expectedVersion: Int, $reason: String) {
    recordIndicatorValue(input: $input, expectedVersion: $expectedVersion, reason: $reason) { indicatorKey scopeCode period value version }
  }
`;

const TARGET_FIELDS = 'id title kind indicatorKey unit scopeCode startsOn deadline baseline targetValue currentValue progress version';

export const CITY_TARGETS = gql`
  query CityTargets($code: String!) { city(code: $code) { code targets { ${TARGET_FIELDS} } } }
`;

export const CREATE_TARGET = gql`
  mutation CreateTarget($input: TargetInput!, $reason: String) { createTarget(input: $input, reason: $reason) { ${TARGET_FIELDS} } }
`;

export const UPDATE_TARGET = gql`
  mutation UpdateTarget($id: ID!, $expectedVersion: Int!, $patch: TargetPatch!, $reason: String) {
    updateTarget(id: $id, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) { ${TARGET_FIELDS} }
  }
`;

const REPORT_FIELDS = 'dryRun committed encoding validRowCount importedCount errorCount errors { row column message }';

export const IMPORT_INSTITUTIONS = gql`
  mutation ImportInstitutions($file: String!, $dryRun: Boolean!, $reason: String) {
    importInstitutions(file: $file, dryRun: $dryRun, reason: $reason) { ${REPORT_FIELDS} }
  }
`;

export const IMPORT_INDICATOR_VALUES = gql`
  mutation ImportIndicatorValues($file: String!, $dryRun: Boolean!, $reason: String) {
    importIndicatorValues(file: $file, dryRun: $dryRun, reason: $reason) { ${REPORT_FIELDS} }
  }
`;

const USER_FIELDS = 'id username displayName role cityCode districtCodes disabled lastLoginAt version';

export const USERS = gql`
  query Users { users { ${USER_FIELDS} } }
`;

export const CREATE_USER = gql`
  mutation CreateUser($input: UserInput!, $reason: String) { createUser(input: $input, reason: $reason) { ${USER_FIELDS} } }
`;

export const UPDATE_USER = gql`
  mutation UpdateUser($id: ID!, $expectedVersion: Int!, $patch: UserPatch!, $reason: String) {
    updateUser(id: $id, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) { ${USER_FIELDS} }
  }
`;

const TOKEN_FIELDS = 'id name createdAt lastUsedAt revokedAt version';

export const DISPLAY_TOKENS = gql`
  query DisplayTokens($cityCode: String!) { displayTokens(cityCode: $cityCode) { ${TOKEN_FIELDS} } }
`;

export const ISSUE_DISPLAY_TOKEN = gql`
  mutation IssueDisplayToken($cityCode: String!, $name: String!) {
    issueDisplayToken(cityCode: $cityCode, name: $name) { token displayToken { ${TOKEN_FIELDS} } }
  }
`;

export const REVOKE_DISPLAY_TOKEN = gql`
  mutation RevokeDisplayToken($id: ID!) { revokeDisplayToken(id: $id) { ${TOKEN_FIELDS} } }
`;
