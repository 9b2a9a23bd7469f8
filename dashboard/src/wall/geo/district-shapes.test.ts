import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { districtShapes } from './district-shapes';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('districtShapes', () => {
  it('reads every district of 荆州市 by name, 沙市区 with both parts of its MultiPolygon', () => {
    const shapes = districtShapes(JSON.parse(readFileSync(new URL('./421000.json', import.meta.url), 'utf8')));
    expect(shapes.districts.map((d) => d.name)).toEqual(['沙市区', '荆州区', '公安县', '监利市', '江陵县', '石首市', '洪湖市', '松滋市']);
    expect(shapes.districts.find((d) => d.name === '沙市区')!.polygons).toHaveLength(2);
    expect(shapes.bounds.minX).toBeGreaterThan(111);
    expect(shapes.bounds.maxX).toBeLessThan(114.2);
  });

  it('measures the bounds around the outer rings, as ECharts does', () => {
    const geoJson = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 4), square(1, 1, 1)] } },
        { type: 'Feature', properties: { name: 'B' }, geometry: { type: 'MultiPolygon', coordinates: [[square(4, 0, 2)], [square(10, 5, 1)]] } },
      ],
    };
    expect(districtShapes(geoJson).bounds).toEqual({ minX: 0, minY: 0, maxX: 11, maxY: 6 });
  });

  it('refuses a file that is not a FeatureCollection of named features', () => {
    expect(() => districtShapes({ type: 'Feature' })).toThrow('FeatureCollection');
    expect(() => districtShapes({ type: 'FeatureCollection', features: [{ properties: {}, geometry: null }] })).toThrow('no name');
    expect(() => districtShapes({ type: 'FeatureCollection', features: [] })).toThrow('no polygons');
  });
});
