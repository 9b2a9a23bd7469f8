/**
 * For tests: ECharts itself, rendering the target chart without a browser (server-side SVG),
 * to read where it draws every text and the 100% line. Text widths are zrender's estimate
 * without a canvas (a CJK character is one font size wide), close to Chromium's.
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, ScatterChart, GridComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

/** The target panel's chart on the 1920x1080 wall, as Chromium lays it out (its ECharts getWidth() and getHeight()). */
export const WALL_TARGET_CHART = { width: 534, height: 222 };

export interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderedTargets {
  /** Every text drawn: axis labels, bar labels, mark-line labels. */
  texts: Box[];
  /** The plot area (the grid). */
  grid: Box;
  /** Where the chart draws `percent` on the value axis. */
  xOf(percent: number): number;
  /** The dashed vertical lines (the mark line at 100%): their x, top and bottom. */
  markLines: { x: number; top: number; bottom: number }[];
  dispose(): void;
}

interface Element {
  type?: string;
  ignore?: boolean;
  invisible?: boolean;
  style?: { text?: unknown; lineDash?: unknown };
  shape?: { x1?: number; x2?: number; y1?: number; y2?: number };
  childrenRef?(): Element[];
  getTextContent?(): Element | undefined;
  getBoundingRect(): { clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number } };
  getComputedTransform(): unknown;
  parent?: Element;
}

function visible(el: Element): boolean {
  for (let at: Element | undefined = el; at; at = at.parent) if (at.ignore || at.invisible) return false;
  return true;
}

/** The text without rich-text markup: "{target|100%}" reads "100%". */
function plain(text: string): string {
  return text.replace(/\{\w+\|([^}]*)\}/g, '$1');
}

function boxOf(el: Element, text: string): Box {
  const box = el.getBoundingRect().clone();
  box.applyTransform(el.getComputedTransform());
  return { text, x: box.x, y: box.y, width: box.width, height: box.height };
}

/** Draws `option` (without animation) in a chart of `size`. */
export function renderTargets(option: object, size: { width: number; height: number } = WALL_TARGET_CHART): RenderedTargets {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  chart.setOption({ ...option, animation: false });
  const texts: Box[] = [];
  const markLines: RenderedTargets['markLines'] = [];
  const visit = (el: Element) => {
    if (!visible(el)) return;
    const hosted = el.getTextContent?.();
    if (hosted && visible(hosted) && typeof hosted.style?.text === 'string' && hosted.style.text !== '') texts.push(boxOf(hosted, plain(hosted.style.text)));
    if (el.type === 'text' && typeof el.style?.text === 'string' && el.style.text !== '') texts.push(boxOf(el, plain(el.style.text)));
    for (const child of el.childrenRef?.() ?? []) visit(child);
  };
  const zr = chart.getZr() as unknown as { storage: { getRoots(): Element[] } };
  zr.storage.getRoots().forEach(visit);

  const grid = (chart as unknown as { getModel(): { getComponent(type: string): { coordinateSystem: { getRect(): Omit<Box, 'text'> } } } })
    .getModel()
    .getComponent('grid')
    .coordinateSystem.getRect();
  // The mark line is the one dashed vertical line (the split lines at every 50% are solid).
  const collect = (el: Element) => {
    const { shape, style } = el;
    if (shape?.x1 !== undefined && shape.x1 === shape.x2 && shape.y1 !== undefined && shape.y2 !== undefined && style?.lineDash !== undefined && style.lineDash !== 'solid') {
      markLines.push({ x: shape.x1, top: Math.min(shape.y1, shape.y2), bottom: Math.max(shape.y1, shape.y2) });
    }
    for (const child of el.childrenRef?.() ?? []) collect(child);
  };
  zr.storage.getRoots().forEach(collect);
  return {
    texts,
    grid: { text: '', x: grid.x, y: grid.y, width: grid.width, height: grid.height },
    xOf: (percent) => chart.convertToPixel({ xAxisIndex: 0 }, percent) as unknown as number,
    markLines,
    dispose: () => chart.dispose(),
  };
}
