/**
 * A city may set more targets than the panel can show legibly: they take turns, a page at a
 * time, like the rest of a 大屏 that cycles on its own. How many fit follows the chart's height.
 */

/** A row with a two-line title (24 px lines) and room between bars. */
export const ROW_PX = 56;
/** The percent axis under the rows. */
export const AXIS_PX = 40;
/** Before the chart has reported its size: what fits the 1920×1080 layout. */
export const DEFAULT_PER_PAGE = 3;
/** How long each page stays on screen. */
export const PAGE_SECONDS = 10;

export function targetsPerPage(chartHeight: number | undefined): number {
  if (!chartHeight || chartHeight <= 0) return DEFAULT_PER_PAGE;
  return Math.max(1, Math.floor((chartHeight - AXIS_PX) / ROW_PX));
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, perPage)));
}

/** The items of page `index` (counted round, so a growing counter cycles). */
export function pageOf<T>(items: readonly T[], perPage: number, index: number): T[] {
  const size = Math.max(1, perPage);
  const count = pageCount(items.length, size);
  const page = ((index % count) + count) % count;
  return items.slice(page * size, page * size + size);
}

/** "1/2" after the title when there is more than one page, else nothing. */
export function pageMarker(index: number, count: number): string {
  return count > 1 ? `${(index % count) + 1}/${count}` : '';
}
