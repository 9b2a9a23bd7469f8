/**
 * Which district each few-pixel cell of the chart lies in, worked out once, so that "how much
 * of this label box covers its own district, and how much other districts" is a count of
 * lookups rather than thousands of point-in-polygon tests for every spot tried.
 */
import type { Polygon } from '../../geo/district-shapes';
import type { Rect } from './rect';

export interface CoverageGrid {
  /** How many of the box's sample points fall in district `index`, in other districts, and in all. */
  cover(box: Rect, index: number): { own: number; others: number; samples: number };
}

/** No district at this cell. */
const NONE = -1;

/** `districts[i]` is district i's outline in chart pixels; `cell` the grid's pitch in pixels. */
export function coverageGrid(canvas: Rect, districts: readonly (readonly Polygon[])[], cell = 4): CoverageGrid {
  const columns = Math.max(1, Math.ceil(canvas.width / cell));
  const rows = Math.max(1, Math.ceil(canvas.height / cell));
  const owner = new Int16Array(columns * rows).fill(NONE);
  // Scanlines through the cells' centres: each row is inside a district between its 1st and
  // 2nd crossing of the outline, 3rd and 4th, and so on (holes and separate parts included).
  districts.forEach((polygons, index) => {
    for (let row = 0; row < rows; row++) {
      const y = canvas.y + (row + 0.5) * cell;
      const crossings: number[] = [];
      for (const ring of polygons.flat()) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi > y !== yj > y) crossings.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
        }
      }
      crossings.sort((a, b) => a - b);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const first = Math.max(0, Math.ceil((crossings[k]! - canvas.x) / cell - 0.5));
        const last = Math.min(columns - 1, Math.floor((crossings[k + 1]! - canvas.x) / cell - 0.5));
        for (let column = first; column <= last; column++) owner[row * columns + column] = index;
      }
    }
  });
  const at = (x: number, y: number): number => {
    const column = Math.floor((x - canvas.x) / cell);
    const row = Math.floor((y - canvas.y) / cell);
    return column < 0 || row < 0 || column >= columns || row >= rows ? NONE : owner[row * columns + column]!;
  };
  return {
    cover(box, index) {
      let own = 0;
      let others = 0;
      let samples = 0;
      for (let y = box.y + cell / 2; y < box.y + box.height; y += cell) {
        for (let x = box.x + cell / 2; x < box.x + box.width; x += cell) {
          const found = at(x, y);
          samples++;
          if (found === index) own++;
          else if (found !== NONE) others++;
        }
      }
      return { own, others, samples };
    },
  };
}
