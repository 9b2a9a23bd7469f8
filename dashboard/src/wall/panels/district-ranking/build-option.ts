/**
 * The district ranking: one horizontal bar per district, largest on top, its value at the
 * bar's end. While the wall rotates through the districts, the one in focus is drawn in the
 * map's selection colour (bar and name), so both panels point at the same district.
 */
import type { EChartsOption } from 'echarts';
import type { WallDistrict, WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { NO_DATA, chartBase, inLang, itemsSentence } from '../chart-base';
import { type DistrictMetric, districtName, formatMetric, metricName, metricValue } from '../district-metric';
import { type WallTheme, darkTheme } from '../theme';

interface Ranked {
  district: WallDistrict;
  value: number | null;
}

/** Largest first; districts without a value go last, in their given order. */
export function rankDistricts(districts: readonly WallDistrict[], metric: DistrictMetric): Ranked[] {
  return districts
    .map((district) => ({ district, value: metricValue(district, metric) }))
    .sort((a, b) => (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY));
}

export function buildRankingOption(
  overview: WallOverview,
  metric: DistrictMetric,
  lang: Lang,
  focus: string | null = null,
  theme: WallTheme = darkTheme,
): EChartsOption {
  const ranked = rankDistricts(overview.districts, metric);
  const focused = (r: Ranked) => r.district.code === focus;
  const labels = ranked.map((r) => formatMetric(r.value, metric, lang));
  const names = ranked.map((r) => districtName(r.district, lang));

  const lead = inLang(lang, `各区县${metricName(metric, lang)}，从高到低`, `${metricName(metric, lang)} by district, highest first`);
  const description = itemsSentence(lang, lead, names.map((name, i) => `${name} ${labels[i]}`));

  return {
    ...chartBase(theme, description),
    // Room on the right for the value labels; the left grows to fit the longest name.
    grid: { left: 16, right: 150, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      // The bars carry their values; the axis only gives the grid lines.
      axisLabel: { show: false },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      // A category axis draws its first entry at the bottom: inverse puts the largest on top.
      inverse: true,
      data: ranked.map((r, i) => (focused(r) ? { value: names[i]!, textStyle: { color: theme.warn, fontWeight: 'bold' } } : names[i]!)),
      axisLabel: { color: theme.text, fontSize: theme.fontSize.label, margin: 16 },
      axisLine: { show: false },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: metricName(metric, lang),
        data: ranked.map((r) => (focused(r) ? { value: r.value ?? NO_DATA, itemStyle: { color: theme.warn } } : r.value ?? NO_DATA)),
        barWidth: '56%',
        itemStyle: {
          borderRadius: [0, 6, 6, 0],
          color: {
            type: 'linear', x: 0, y: 0, x2: 1, y2: 0,
            colorStops: [{ offset: 0, color: theme.sequential[1] }, { offset: 1, color: theme.accent }],
          },
        },
        label: {
          show: true,
          position: 'right',
          distance: 12,
          color: theme.text,
          fontSize: theme.fontSize.label,
          formatter: (params: { dataIndex: number }) => labels[params.dataIndex] ?? '',
        },
      },
    ],
  };
}
