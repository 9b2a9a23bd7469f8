import { describe, expect, it } from 'vitest';
import { containsPoint, nearestPointOn, rectAround, segmentHitsRect, segmentsCross, tooClose, within } from './rect';

const box = { x: 10, y: 10, width: 20, height: 10 };

describe('rects and segments', () => {
  it('centres a box on a point', () => {
    expect(rectAround([20, 15], { width: 20, height: 10 })).toEqual(box);
  });

  it('finds two boxes too close when they overlap or leave less than the gap between them', () => {
    expect(tooClose(box, { x: 29, y: 10, width: 5, height: 5 })).toBe(true);
    expect(tooClose(box, { x: 34, y: 10, width: 5, height: 5 })).toBe(false);
    expect(tooClose(box, { x: 34, y: 10, width: 5, height: 5 }, 8)).toBe(true);
  });

  it('tells whether a box lies inside another with a margin to spare', () => {
    expect(within(box, { x: 0, y: 0, width: 40, height: 40 }, 4)).toBe(true);
    expect(within(box, { x: 0, y: 0, width: 32, height: 40 }, 4)).toBe(false);
  });

  it('finds the point of a box nearest to a point outside it, on its edge', () => {
    expect(nearestPointOn(box, [0, 15])).toEqual([10, 15]);
    expect(nearestPointOn(box, [40, 40])).toEqual([30, 20]);
    expect(containsPoint(box, [20, 15])).toBe(true);
  });

  it('tells a segment through a box from one passing by it', () => {
    expect(segmentHitsRect([0, 0], [40, 30], box)).toBe(true);
    expect(segmentHitsRect([0, 0], [40, 0], box)).toBe(false);
    expect(segmentHitsRect([0, 15], [5, 15], box)).toBe(false);
  });

  it('tells crossing segments from ones that only touch at an end', () => {
    expect(segmentsCross([0, 0], [10, 10], [0, 10], [10, 0])).toBe(true);
    expect(segmentsCross([0, 0], [10, 10], [10, 10], [20, 0])).toBe(false);
  });
});
