import { describe, expect, it } from 'vitest';
import type { Point, Polygon } from '../../geo/district-shapes';
import { insidePolygon } from './map-fixtures';
import { poleOfInaccessibility, polygonArea, thinRing } from './polygon';

const square = (x: number, y: number, size: number): Point[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];
/** A U open to the top, 30 wide and 30 tall, arms and base 10 thick: its centroid lies in the gap. */
const u: Polygon = [
  [
    [0, 0],
    [10, 0],
    [10, 20],
    [20, 20],
    [20, 0],
    [30, 0],
    [30, 30],
    [0, 30],
  ],
];

describe('polygon geometry', () => {
  it('measures a polygon as its outer ring less its holes', () => {
    expect(polygonArea([square(0, 0, 10), square(2, 2, 3)])).toBe(91);
  });

  it('counts a point in a hole as outside (the tests’ point-in-polygon, from turf)', () => {
    const framed: Polygon = [square(0, 0, 10), square(2, 2, 3)];
    expect(insidePolygon(framed, [1, 1])).toBe(true);
    expect(insidePolygon(framed, [3, 3])).toBe(false);
    expect(insidePolygon(framed, [11, 1])).toBe(false);
  });

  it('finds the centre of a square as the point farthest inside it', () => {
    const pole = poleOfInaccessibility([square(0, 0, 40)], 0.5);
    expect(pole.point[0]).toBeCloseTo(20, 0);
    expect(pole.point[1]).toBeCloseTo(20, 0);
    expect(pole.distance).toBeCloseTo(20, 0);
  });

  it('keeps the label spot of a square with a hole out of the hole', () => {
    const pole = poleOfInaccessibility([square(0, 0, 40), square(10, 10, 20)], 0.5);
    expect(insidePolygon([square(0, 0, 40), square(10, 10, 20)], pole.point)).toBe(true);
    // Best in a corner of the band: as far from the outer edge as from the hole's corner, 10√2 / (1 + √2).
    expect(pole.distance).toBeGreaterThan(5.858 - 0.5);
    expect(pole.distance).toBeLessThanOrEqual(5.859);
  });

  it('gives a polygon with no outline a spot at the origin, zero from any edge', () => {
    expect(poleOfInaccessibility([])).toEqual({ point: [0, 0], distance: 0 });
  });

  it('puts the label spot of a U shape inside it, where its centroid would fall in the gap', () => {
    const pole = poleOfInaccessibility(u, 0.5);
    expect(insidePolygon(u, pole.point)).toBe(true);
    expect(pole.distance).toBeGreaterThanOrEqual(4.5);
  });

  it('thins an outline to points at least a step apart, keeping its shape', () => {
    const dense: Point[] = Array.from({ length: 100 }, (_, i) => [i / 10, 0] as Point).concat([[10, 10]]);
    const thin = thinRing(dense, 1);
    expect(thin.length).toBeLessThan(15);
    expect(thin[0]).toEqual([0, 0]);
    expect(thin).toContainEqual([10, 10]);
  });
});
