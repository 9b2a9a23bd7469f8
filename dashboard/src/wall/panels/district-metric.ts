/** The two district figures the map and the ranking can show, with their names and formats. */
import { formatCount, formatRatio } from '../../shared/format/number';
import type { WallDistrict } from '../graphql/types';
import type { Lang } from '../i18n';
import { inLang } from './chart-base';

export type DistrictMetric = 'slots' | 'slotsPer1000';

export function metricValue(district: WallDistrict, metric: DistrictMetric): number | null {
  return metric === 'slots' ? district.slots : district.slotsPer1000;
}

/** "托位数" / "Childcare slots". */
export function metricName(metric: DistrictMetric, lang: Lang): string {
  return metric === 'slots'
    ? inLang(lang, '托位数', 'Childcare slots')
    : inLang(lang, '每千人口托位数', 'Childcare slots per 1,000 residents');
}

/** Slots as a grouped count ("2,460 个"), the rate always with two decimals ("2.83 个/千人"); English drops the unit. */
export function formatMetric(value: number | null, metric: DistrictMetric, lang: Lang): string {
  return metric === 'slots'
    ? formatCount(value, inLang(lang, '个', ''))
    : formatRatio(value, 2, inLang(lang, '个/千人', ''));
}

/** The district's name in the wall's language. */
export function districtName(district: WallDistrict, lang: Lang): string {
  return inLang(lang, district.name, district.nameEn);
}
