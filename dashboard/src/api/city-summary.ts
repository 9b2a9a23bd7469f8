import { postGraphQL } from './graphql';

/** The figures the placeholder page shows for one city. */
export type CitySummary = {
  name: string;
  slots: number | null;
  institutionCount: number | null;
  filedInstitutionCount: number | null;
  slotsPer1000: number | null;
};

export const CITY_SUMMARY_QUERY = /* GraphQL */ `
  query DashboardCitySummary($code: String!) {
    city(code: $code) {
      name
      slots
      institutionCount
      filedInstitutionCount
      slotsPer1000
    }
  }
`;

/** The city's summary, or null when the server knows no city with that code. */
export async function fetchCitySummary(code: string, signal?: AbortSignal): Promise<CitySummary | null> {
  const data = await postGraphQL<{ city: CitySummary | null }>(CITY_SUMMARY_QUERY, { code }, signal);
  return data.city;
}
