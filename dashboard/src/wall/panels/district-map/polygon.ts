/** Plane geometry of district outlines in chart pixels: area, containment, and the best spot for a label. */
import type { Point, Polygon, Ring } from '../../geo/district-shapes';

function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(twice / 2);
}

/** The outer ring's area less its holes'. */
export function polygonArea([outer, ...holes]: Polygon): number {
  return outer ? holes.reduce((area, hole) => area - ringArea(hole), ringArea(outer)) : 0;
}

/** Inside the outer ring and in none of the holes (even-odd over all rings). */
export function contains(polygon: Polygon, [x, y]: Point): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function segmentDistanceSquared([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2;
}

/** Distance to the nearest edge: positive inside the polygon, negative outside. */
export function signedDistance(polygon: Polygon, point: Point): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) best = Math.min(best, segmentDistanceSquared(point, ring[j]!, ring[i]!));
  }
  return (contains(polygon, point) ? 1 : -1) * Math.sqrt(best);
}

/** Drops points closer than `step` to the last one kept: outlines with a point every pixel cost time and show nothing more. */
export function thinRing(ring: Ring, step: number): Ring {
  const kept: Point[] = [];
  for (const point of ring) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= step) kept.push(point);
  }
  return kept.length >= 3 ? kept : ring;
}

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  /** The most any point of the cell can be from the edge. */
  potential: number;
}

function cell(polygon: Polygon, x: number, y: number, half: number): Cell {
  const distance = signedDistance(polygon, [x, y]);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/**
 * The point inside the polygon farthest from its edges (its pole of inaccessibility), and
 * that distance: where a label sits most clearly inside a district, also in a crescent or an
 * L shape whose centroid lies outside it. Quadtree search (as Mapbox's polylabel), to within
 * `precision` pixels.
 */
export function poleOfInaccessibility(polygon: Polygon, precision = 1): { point: Point; distance: number } {
  const outer = polygon[0] ?? [];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const size = Math.min(width, height);
  if (!(size > 0)) return { point: [minX || 0, minY || 0], distance: 0 };

  const queue: Cell[] = [];
  for (let x = minX; x < minX + width; x += size) {
    for (let y = minY; y < minY + height; y += size) queue.push(cell(polygon, x + size / 2, y + size / 2, size / 2));
  }
  let best = cell(polygon, minX + width / 2, minY + height / 2, 0);
  while (queue.length > 0) {
    // Most promising cell first; a few hundred cells at most, so a sort beats a heap's code.
    queue.sort((a, b) => a.potential - b.potential);
    const next = queue.pop()!;
    if (next.distance > best.distance) best = next;
    if (next.potential - best.distance <= precision) continue;
    const half = next.half / 2;
    queue.push(
      cell(polygon, next.x - half, next.y - half, half),
      cell(polygon, next.x + half, next.y - half, half),
      cell(polygon, next.x - half, next.y + half, half),
      cell(polygon, next.x + half, next.y + half, half),
    );
  }
  return { point: [best.x, best.y], distance: best.distance };
}
