/** Boxes and line segments in chart pixels, as label layout needs them. */
import type { Point } from '../../geo/district-shapes';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A box of `size` centred on `centre`. */
export function rectAround([x, y]: Point, size: { width: number; height: number }): Rect {
  return { x: x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height };
}

export function centreOf(rect: Rect): Point {
  return [rect.x + rect.width / 2, rect.y + rect.height / 2];
}

/** The boxes overlap, or come closer than `gap` pixels. */
export function tooClose(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function containsPoint(rect: Rect, [x, y]: Point, margin = 0): boolean {
  return x >= rect.x - margin && x <= rect.x + rect.width + margin && y >= rect.y - margin && y <= rect.y + rect.height + margin;
}

/** `inner` lies wholly inside `outer` shrunk by `margin`. */
export function within(inner: Rect, outer: Rect, margin = 0): boolean {
  return inner.x >= outer.x + margin && inner.y >= outer.y + margin && inner.x + inner.width <= outer.x + outer.width - margin && inner.y + inner.height <= outer.y + outer.height - margin;
}

/** The point of the box (its edge, for a point outside) nearest to `point`. */
export function nearestPointOn(rect: Rect, [x, y]: Point): Point {
  return [Math.min(Math.max(x, rect.x), rect.x + rect.width), Math.min(Math.max(y, rect.y), rect.y + rect.height)];
}

/** Whether the segment from `a` to `b` passes through the box (Liang-Barsky clipping). */
export function segmentHitsRect(a: Point, b: Point, rect: Rect): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let enter = 0;
  let leave = 1;
  const sides: [number, number][] = [
    [-dx, a[0] - rect.x],
    [dx, rect.x + rect.width - a[0]],
    [-dy, a[1] - rect.y],
    [dy, rect.y + rect.height - a[1]],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) enter = Math.max(enter, t);
      else leave = Math.min(leave, t);
      if (enter > leave) return false;
    }
  }
  return true;
}

function turn(a: Point, b: Point, c: Point): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

/** Whether two segments cross (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return turn(a, b, c) * turn(a, b, d) < 0 && turn(c, d, a) * turn(c, d, b) < 0;
}
