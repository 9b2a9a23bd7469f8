import { skipToken, useQuery } from '@apollo/client/react';
import { CITY_DISTRICTS } from '../graphql/operations';
import type { DistrictRef } from '../graphql/types';
import type { Lang } from '../i18n';
import type { CityDistrictsQuery, CityDistrictsQueryVariables } from '../../shared/graphql/generated';

/** The districts of a city (the viewer's, or one an analyst picked), for filters, forms and names. */
export function useCityDistricts(cityCode: string | null): { districts: DistrictRef[]; cityName: string | null; loading: boolean } {
  const { data, loading } = useQuery<CityDistrictsQuery, CityDistrictsQueryVariables>(CITY_DISTRICTS, cityCode ? { variables: { code: cityCode } } : skipToken);
  const city = data?.city ?? null;
  return { districts: city?.districts ?? [], cityName: city?.name ?? null, loading };
}

export function districtLabel(lang: Lang, district: Pick<DistrictRef, 'name' | 'nameEn'>): string {
  return lang === 'en' ? district.nameEn : district.name;
}
