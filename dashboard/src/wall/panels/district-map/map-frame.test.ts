import { describe, expect, it } from 'vitest';
import type { Point } from '../../geo/district-shapes';
import { renderMap } from './echarts-ssr';
import { type CityCode, WALL_MAP_SIZE, cityShapes } from './map-fixtures';
import { fitMap, frameOption, project } from './map-frame';

const area = { x: 60, y: 16, width: 620, height: 510 };

describe('fitMap', () => {
  it('fits a map wider than its area to the area\'s width, centred top to bottom', () => {
    const frame = fitMap({ minX: 112, minY: 30, maxX: 114, maxY: 30.5 }, area);
    expect(frame.view.x).toBe(60);
    expect(frame.view.width).toBe(620);
    expect(frame.view.y + frame.view.height / 2).toBeCloseTo(16 + 255);
  });

  it('fits a map taller than its area to the area\'s height, centred left to right', () => {
    const frame = fitMap({ minX: 119, minY: 34, maxX: 119.5, maxY: 35 }, area);
    expect(frame.view.y).toBe(16);
    expect(frame.view.height).toBe(510);
    expect(frame.view.x + frame.view.width / 2).toBeCloseTo(60 + 310);
  });

  it('shrinks a degree of longitude by the cosine of the latitude, so districts keep their true shape', () => {
    const frame = fitMap({ minX: 0, minY: 59, maxX: 1, maxY: 61 }, area);
    expect(frame.aspectScale).toBeCloseTo(0.5, 2);
    expect(frame.view.width / frame.view.height).toBeCloseTo(0.25, 2);
  });

  it('projects the north-west corner to the frame\'s top left and the south-east corner to its bottom right', () => {
    const frame = fitMap({ minX: 112, minY: 30, maxX: 114, maxY: 31 }, area);
    expect(project(frame, [112, 31])).toEqual([frame.view.x, frame.view.y]);
    const [x, y] = project(frame, [114, 30]);
    expect(x).toBeCloseTo(frame.view.x + frame.view.width);
    expect(y).toBeCloseTo(frame.view.y + frame.view.height);
  });

  it.each<CityCode>(['421000', '320700'])('puts every point of the map of %s where ECharts draws it, given the frame as option', (city) => {
    const shapes = cityShapes(city);
    const frame = fitMap(shapes.bounds, area);
    const chart = renderMap(city, { series: [{ type: 'map', map: city, ...frameOption(frame) }] }, WALL_MAP_SIZE);
    try {
      const { minX, minY, maxX, maxY } = shapes.bounds;
      const points: Point[] = [[minX, minY], [maxX, maxY], [(minX + maxX) / 2, (minY + maxY) / 2], [minX + (maxX - minX) / 3, maxY - (maxY - minY) / 5]];
      for (const point of points) {
        const [x, y] = chart.toPixel(point);
        const [px, py] = project(frame, point);
        expect(Math.abs(x - px) + Math.abs(y - py), `${point}`).toBeLessThan(0.01);
      }
    } finally {
      chart.dispose();
    }
  });
});
