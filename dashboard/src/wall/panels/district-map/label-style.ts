/** How large the map's labels are set for the chart they are drawn in. */
import type { LabelStyle, Size } from './label-box';

/** Up to this chart height the labels keep the theme's size: the 1920×1080 wall's map is 542 high. */
const PLAIN_HEIGHT = 640;
/** The most the labels grow on a taller map (the wide wall gives the map its full height). */
const MOST_GROWTH = 1.3;

/** The theme's label size on the 1920×1080 wall's map; on a taller map, larger in step with its height, up to 1.3 times. */
export function mapLabelStyle(chart: Size, themeSize: number): LabelStyle {
  const growth = Math.min(MOST_GROWTH, Math.max(1, chart.height / PLAIN_HEIGHT));
  const fontSize = Math.round(themeSize * growth);
  return { fontSize, lineHeight: Math.round(fontSize * 1.3), textBorderWidth: 3 };
}
