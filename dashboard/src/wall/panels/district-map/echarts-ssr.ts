/**
 * For tests: ECharts itself, rendering without a browser (server-side SVG), to check that it
 * draws the map and its labels where the option builder worked them out.
 */
import { MapChart } from 'echarts/charts';
import { AriaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import type { Point } from '../../geo/district-shapes';
import { type CityCode, cityGeoJson } from './map-fixtures';

echarts.use([MapChart, MarkLineComponent, VisualMapComponent, TooltipComponent, AriaComponent, LabelLayout, SVGRenderer]);

export interface DrawnLabel {
  text: string;
  /** Where the label is anchored: its centre, as the map aligns its labels. */
  x: number;
  y: number;
}

interface TextElement {
  x: number;
  y: number;
  ignore?: boolean;
  style: { text?: unknown; align?: unknown; verticalAlign?: unknown };
}

export interface RenderedMap {
  /** Where ECharts draws a longitude/latitude of the first series' map. */
  toPixel(point: Point): Point;
  labels(): DrawnLabel[];
  dispose(): void;
}

/** Draws `option` (without animation) for the map of `city` in a chart of `size`. */
export function renderMap(city: CityCode, option: object, size: { width: number; height: number }): RenderedMap {
  if (!echarts.getMap(city)) echarts.registerMap(city, cityGeoJson(city) as Parameters<typeof echarts.registerMap>[1]);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  chart.setOption({ ...option, animation: false });
  const zr = chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): { getTextContent?(): TextElement | undefined }[] } };
  return {
    toPixel: (point) => chart.convertToPixel({ seriesIndex: 0 }, [...point]) as unknown as Point,
    labels: () =>
      zr.storage
        .getDisplayList(true)
        .map((host) => host.getTextContent?.())
        .filter((label): label is TextElement => !!label && !label.ignore && typeof label.style.text === 'string')
        .map((label) => {
          if (label.style.align !== 'center' || label.style.verticalAlign !== 'middle') throw new Error('a map label is not centred on its position');
          return { text: String(label.style.text), x: label.x, y: label.y };
        }),
    dispose: () => chart.dispose(),
  };
}
