import { gql } from '@apollo/client';
import type { ExploreCitiesQuery, ExploreIndicatorsQuery } from '../../shared/graphql/generated';

/** The results' names, as aliases of the types generated for these operations. */
export type ExploreCity = ExploreCitiesQuery['cities'][number];
export type ExploreIndicator = ExploreIndicatorsQuery['indicators'][number];

export const EXPLORE_CITIES = gql`
  query ExploreCities { cities { code name nameEn districts { code name nameEn } } }
`;

export const EXPLORE_INDICATORS = gql`
  query ExploreIndicators { indicators { key nameZh nameEn unit computation } }
`;

const FIGURES = `slots enrolled institutionCount filedInstitutionCount inclusiveInstitutionCount slotsPer1000 lastChangedAt asOf recordsBeginAt
  districts { code name nameEn slots institutionCount slotsPer1000 }`;

/** The same city at an instant and now, in one request. */
export const OVERVIEW_THEN_AND_NOW = gql`
  query OverviewThenAndNow($code: String!, $asOf: DateTime!) {
    then: cityOverview(code: $code, asOf: $asOf) { ${FIGURES} }
    now: cityOverview(code: $code) { ${FIGURES} }
  }
`;
