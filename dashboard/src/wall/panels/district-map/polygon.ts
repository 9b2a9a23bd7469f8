/** Plane geometry of district outlines in chart pixels: area, thinning, and the best spot for a label. */
import polylabel from 'polylabel';
import type { Point, Polygon, Ring } from '../../geo/district-shapes';

/**
 * Twice the signed area, by the shoelace formula. Planar on purpose: these are chart pixels,
 * and @turf/area measures longitude and latitude on the sphere in square metres.
 */
function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(twice / 2);
}

/** The outer ring's area less its holes'. */
export function polygonArea([outer, ...holes]: Polygon): number {
  return outer ? holes.reduce((area, hole) => area - ringArea(hole), ringArea(outer)) : 0;
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

/**
 * The point inside the polygon farthest from its edges (its pole of inaccessibility), and
 * that distance: where a label sits most clearly inside a district, also in a crescent or an
 * L shape whose centroid lies outside it. Mapbox's polylabel, to within `precision` pixels.
 */
export function poleOfInaccessibility(polygon: Polygon, precision = 1): { point: Point; distance: number } {
  if (!polygon[0]?.length) return { point: [0, 0], distance: 0 };
  // polylabel only reads the rings; its types ask for mutable arrays.
  const pole = polylabel(polygon as [number, number][][], precision);
  return { point: [pole[0], pole[1]], distance: pole.distance };
}
