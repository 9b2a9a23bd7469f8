// The district map's labels as Chromium draws them, read from the wall's ECharts instances
// (window.__careboard.charts): shared by the label tests at 1920x1080 and on wide walls.
import type { Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelBox extends Box {
  text: string;
}

/** What the page function below touches of an ECharts instance (the test tsconfig has no DOM lib). */
interface PageElement {
  ignore?: boolean;
  invisible?: boolean;
  style: { text?: unknown };
  getTextContent?(): PageElement | undefined;
  getBoundingRect(): { clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number } };
  getComputedTransform(): unknown;
}
interface PageChart {
  getOption(): { series?: { type?: string }[] };
  getZr(): { storage: { getDisplayList(update: boolean): PageElement[] } };
}

/**
 * The on-canvas boxes of the map series' labels, once the map is drawn and its labels have
 * stopped moving (two reads 300 ms apart agree); null while the map is not drawn yet.
 */
export async function mapLabels(page: Page): Promise<LabelBox[] | null> {
  const read = () =>
    page.evaluate(() => {
      const charts = (globalThis as unknown as { __careboard?: { charts: Set<PageChart> } }).__careboard?.charts;
      const map = [...(charts ?? [])].find((c) => c.getOption().series?.[0]?.type === 'map');
      if (!map) return null;
      // Labels are not in the display list themselves (their text spans are): reach them through the areas hosting them.
      return map
        .getZr()
        .storage.getDisplayList(true)
        .map((host) => host.getTextContent?.())
        .filter((el): el is PageElement => !!el && !el.ignore && !el.invisible && typeof el.style.text === 'string' && el.style.text !== '')
        .map((el) => {
          const box = el.getBoundingRect().clone();
          box.applyTransform(el.getComputedTransform());
          return { text: String(el.style.text), x: box.x, y: box.y, width: box.width, height: box.height };
        });
    });
  const first = await read();
  if (!first || first.length === 0) return null;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const second = await read();
  return JSON.stringify(first) === JSON.stringify(second) ? second : null;
}

export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** "沙市区 / 荆州区" for every two named boxes that overlap. */
export function overlapping(boxes: [string, Box][]): string[] {
  return boxes.flatMap(([a, boxA], i) => boxes.slice(i + 1).filter(([, boxB]) => overlap(boxA, boxB)).map(([b]) => `${a} / ${b}`));
}

/** Each label by its first line (the district's name), for `overlapping`. */
export function named(labels: LabelBox[]): [string, Box][] {
  return labels.map((label) => [label.text.split('\n')[0]!, label]);
}
