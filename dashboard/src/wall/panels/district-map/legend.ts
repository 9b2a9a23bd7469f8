/**
 * The map's colour legend, drawn beside the map in the DOM: a title naming the figure and its
 * unit, the gradient, and its highest and lowest figures as the map's labels write them.
 * Also the colour each district is filled with, so its label can be set in a colour that
 * reads on it (white on the palette's light cyan end, or on the yellow of focus, did not).
 */
import { formatRatio } from '../../../shared/format/number';
import type { WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { inLang } from '../chart-base';
import { type DistrictMetric, metricValue } from '../district-metric';

export interface MapLegend {
  /** Two lines: the figure, and its unit in brackets. */
  title: [string, string];
  max: string;
  min: string;
  colours: readonly string[];
}

/** The numbers as the labels write them, without the unit (the title names it). */
function legendNumber(value: number, metric: DistrictMetric): string {
  return formatRatio(value, metric === 'slots' ? 0 : 2);
}

export function mapLegend(overview: WallOverview, metric: DistrictMetric, lang: Lang, colours: readonly string[]): MapLegend | null {
  const values = overview.districts.map((d) => metricValue(d, metric)).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const title: [string, string] =
    metric === 'slots' ? [inLang(lang, '托位数', 'Slots'), inLang(lang, '（个）', '')] : [inLang(lang, '每千人口托位数', 'Slots per'), inLang(lang, '（个/千人）', '1,000 residents')];
  return { title, max: legendNumber(Math.max(...values), metric), min: legendNumber(Math.min(...values), metric), colours };
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function hex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour ECharts' continuous scale gives `value` between `min` and `max`: linear between the stops. */
export function colourAt(value: number, min: number, max: number, stops: readonly string[]): string {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0;
  const at = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(at));
  const [a, b] = [rgb(stops[i]!), rgb(stops[i + 1]!)];
  const f = at - i;
  return hex(a.map((c, k) => c + (b[k]! - c) * f));
}

function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Of a light and a dark text colour, the one that reads better on `background`. */
export function readableOn(background: string, light: string, dark: string): string {
  return contrastRatio(light, background) >= contrastRatio(dark, background) ? light : dark;
}
