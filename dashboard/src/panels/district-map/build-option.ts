/** The district map: each district shaded by slots (or slots per 1,000 residents), named and labelled. */
import type { EChartsOption } from 'echarts';
import type { WallDistrict, WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { NO_DATA, chartBase, escapeHtml, inLang, itemsSentence, tooltipBox } from '../chart-base';
import { type DistrictMetric, districtName, formatMetric, metricName, metricValue } from '../district-metric';
import { type WallTheme, darkTheme } from '../theme';

/** Low and high end of the colour scale; a flat or empty scale is widened so ECharts never divides by zero. */
export function visualRange(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 1 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max: max > min ? max : min + 1 };
}

/** The area's name from a formatter's parameters (one item; a list for axis tooltips, which the map has not). */
function nameOf(params: unknown): string {
  const item: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string') return item.name;
  return '';
}

/**
 * @param mapName the name the district GeoJSON was registered under; its features are named
 *   by the districts' Chinese names, so data items keep those names in either language and
 *   only the label and tooltip texts switch to English.
 */
export function buildMapOption(
  overview: WallOverview,
  mapName: string,
  metric: DistrictMetric,
  lang: Lang,
  theme: WallTheme = darkTheme,
): EChartsOption {
  const byName = new Map<string, WallDistrict>(overview.districts.map((d) => [d.name, d]));
  const text = (d: WallDistrict) => formatMetric(metricValue(d, metric), metric, lang);
  const present = overview.districts.map((d) => metricValue(d, metric)).filter((v): v is number => v !== null);
  const digits = metric === 'slots' ? 0 : 2;

  const label = (name: string): string => {
    const d = byName.get(name);
    return d ? `${districtName(d, lang)}\n${text(d)}` : name;
  };
  const tooltip = (name: string): string => {
    const d = byName.get(name);
    if (!d) return escapeHtml(name);
    const separator = inLang(lang, '：', ': ');
    return `${escapeHtml(districtName(d, lang))}<br/>${escapeHtml(metricName(metric, lang))}${separator}${escapeHtml(text(d))}`;
  };

  const lead = inLang(lang, `各区县${metricName(metric, lang)}`, `${metricName(metric, lang)} by district`);
  const description = itemsSentence(lang, lead, overview.districts.map((d) => `${districtName(d, lang)} ${text(d)}`));

  return {
    ...chartBase(theme, description),
    tooltip: { ...tooltipBox(theme), trigger: 'item', formatter: (params: unknown) => tooltip(nameOf(params)) },
    visualMap: {
      type: 'continuous',
      ...visualRange(present),
      seriesIndex: 0,
      calculable: false,
      precision: digits,
      inRange: { color: [...theme.sequential] },
      left: 24,
      bottom: 24,
      itemWidth: 20,
      itemHeight: 180,
      textStyle: { color: theme.text, fontSize: theme.fontSize.axis },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        roam: false,
        data: overview.districts.map((d) => ({ name: d.name, value: metricValue(d, metric) ?? NO_DATA })),
        label: {
          show: true,
          formatter: (params: { name: string }) => label(params.name),
          color: theme.text,
          fontSize: theme.fontSize.label,
          lineHeight: 26,
          // A dark halo keeps the label readable over the palette's bright cyan end.
          textBorderColor: theme.edge,
          textBorderWidth: 3,
        },
        itemStyle: { areaColor: theme.noData, borderColor: theme.edge, borderWidth: 1.5 },
        emphasis: { label: { color: theme.text }, itemStyle: { areaColor: theme.accent } },
        // The wall selects the district in focus while it rotates through them: outline it brightly.
        select: { label: { color: theme.text }, itemStyle: { areaColor: theme.warn, borderColor: theme.text, borderWidth: 3 } },
      },
    ],
  } satisfies EChartsOption;
}
