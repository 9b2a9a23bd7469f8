/** The district map: each district shaded by slots (or slots per 1,000 residents), named and labelled. */
import type { EChartsOption } from 'echarts';
import type { DistrictShapes } from '../../geo/district-shapes';
import type { WallDistrict, WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { NO_DATA, chartBase, escapeHtml, inLang, itemsSentence, tooltipBox } from '../chart-base';
import { type DistrictMetric, districtName, formatMetric, metricName, metricValue } from '../district-metric';
import { type WallTheme, darkTheme } from '../theme';
import { labelBox } from './label-box';
import { colourAt, contrastRatio, readableOn } from './legend';
import { mapLabelStyle } from './label-style';
import { frameOption } from './map-frame';
import { layoutMap } from './map-layout';
import type { Rect } from './rect';

/** The city's map as registered with ECharts, and the size of the chart it is drawn in. */
export interface MapCanvas {
  /** The name the district GeoJSON was registered under. */
  name: string;
  shapes: DistrictShapes;
  width: number;
  height: number;
}

/**
 * The colour legend's box at the chart's bottom left: the DOM legend (MapLegendBox) is drawn
 * there, titled, with its ends; the option's visualMap only colours the areas.
 */
export const SCALE = { left: 24, bottom: 24, width: 96, height: 240 };
/** The map keeps clear of the legend on the left and leaves a margin all round. */
const MARGIN = 16;

function mapArea(canvas: MapCanvas): Rect {
  const left = SCALE.left + SCALE.width + MARGIN;
  return { x: left, y: MARGIN, width: Math.max(1, canvas.width - left - MARGIN), height: Math.max(1, canvas.height - 2 * MARGIN) };
}

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
 * @param canvas the map's features are named by the districts' Chinese names, so data items
 *   keep those names in either language and only the label and tooltip texts switch to
 *   English. Each label is placed where it overlaps no other (see label-placement.ts): the
 *   map series' own placement would stack the labels of small neighbours such as 沙市区
 *   and 荆州区.
 */
export function buildMapOption(
  overview: WallOverview,
  canvas: MapCanvas,
  metric: DistrictMetric,
  lang: Lang,
  theme: WallTheme = darkTheme,
): EChartsOption {
  const byName = new Map<string, WallDistrict>(overview.districts.map((d) => [d.name, d]));
  const text = (d: WallDistrict) => formatMetric(metricValue(d, metric), metric, lang);
  const present = overview.districts.map((d) => metricValue(d, metric)).filter((v): v is number => v !== null);
  const digits = metric === 'slots' ? 0 : 2;
  const range = visualRange(present);
  // Each label in the text colour that reads on its area's fill: dark on the light cyan end.
  const labelOn = (value: number | null) => {
    const fill = value === null ? null : colourAt(value, range.min, range.max, theme.sequential);
    // Light text with its dark halo reads on the palette's blues; only on the light end (below 3:1) does dark text take over.
    const color = fill === null || contrastRatio(theme.text, fill) >= 3 ? theme.text : theme.edge;
    // Dark text keeps a halo of its own district's fill, so it still reads where it overhangs a darker neighbour.
    return { color, textBorderColor: color === theme.text || fill === null ? theme.edge : fill };
  };

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

  // Areas of the map the overview does not name still get a label (their name) and so a
  // place; listing them as data items fixes their data indexes, by which labels are placed.
  const names = [...overview.districts.map((d) => d.name), ...canvas.shapes.districts.map((d) => d.name).filter((name) => !byName.has(name))];
  const labelStyle = mapLabelStyle(canvas, theme.fontSize.label);
  const scaleBox: Rect = { x: SCALE.left, y: canvas.height - SCALE.bottom - SCALE.height, width: SCALE.width, height: SCALE.height };
  const layout = layoutMap(canvas.shapes, canvas, mapArea(canvas), (name) => labelBox(label(name), labelStyle), [scaleBox]);
  const placed = new Map(layout.labels.map((l) => [l.name, l]));
  const leaders = layout.labels.flatMap((l) => (l.leader ? [l.leader] : []));

  const lead = inLang(lang, `各区县${metricName(metric, lang)}`, `${metricName(metric, lang)} by district`);
  const description = itemsSentence(lang, lead, overview.districts.map((d) => `${districtName(d, lang)} ${text(d)}`));

  return {
    ...chartBase(theme, description),
    tooltip: { ...tooltipBox(theme), trigger: 'item', formatter: (params: unknown) => tooltip(nameOf(params)) },
    visualMap: {
      type: 'continuous',
      // Not drawn: the DOM legend is (a canvas scale had neither title nor ends); its box is the legend's, which the labels keep clear of.
      show: false,
      ...range,
      seriesIndex: 0,
      calculable: false,
      precision: digits,
      inRange: { color: [...theme.sequential] },
      left: SCALE.left,
      bottom: SCALE.bottom,
      itemWidth: SCALE.width,
      itemHeight: SCALE.height,
      textStyle: { color: theme.text, fontSize: theme.fontSize.axis },
    },
    series: [
      {
        type: 'map',
        map: canvas.name,
        roam: false,
        ...frameOption(layout.frame),
        data: names.map((name) => {
          const d = byName.get(name);
          const value = (d && metricValue(d, metric)) ?? null;
          // A label set off its district (on a leader line) stands on the dark page: light text.
          return { name, value: value ?? NO_DATA, label: labelOn(placed.get(name)?.leader ? null : value) };
        }),
        label: {
          show: true,
          formatter: (params: { name: string }) => label(params.name),
          color: theme.text,
          ...labelStyle,
          // A dark halo keeps the label readable over the palette's bright cyan end.
          textBorderColor: theme.edge,
        },
        // The label is drawn centred on these coordinates.
        labelLayout: (params: { dataIndex?: number }) => {
          const rect = placed.get(names[params.dataIndex ?? -1] ?? '')?.rect;
          return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : {};
        },
        // Leader lines from small districts to their labels beside the map: a dot on the district, a line to the label.
        markLine: {
          silent: true,
          animation: false,
          symbol: ['circle', 'none'],
          symbolSize: 7,
          label: { show: false },
          lineStyle: { color: theme.text, width: 1.5, type: 'solid', opacity: 0.85 },
          emphasis: { disabled: true },
          data: leaders.map(({ from, to }) => [
            { x: from[0], y: from[1] },
            { x: to[0], y: to[1] },
          ]),
        },
        itemStyle: { areaColor: theme.noData, borderColor: theme.edge, borderWidth: 1.5 },
        emphasis: { label: { color: readableOn(theme.accent, theme.text, theme.edge), textBorderColor: 'transparent' }, itemStyle: { areaColor: theme.accent } },
        // The wall selects the district in focus while it rotates through them: outline it brightly.
        select: { label: { color: readableOn(theme.warn, theme.text, theme.edge), textBorderColor: 'transparent' }, itemStyle: { areaColor: theme.warn, borderColor: theme.text, borderWidth: 3 } },
      },
    ],
  } satisfies EChartsOption;
}
