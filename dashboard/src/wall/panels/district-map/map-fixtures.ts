/**
 * For the map's tests: the real district outlines of the two demo cities, their districts as
 * the wall receives them, and the map chart's size on the 1920x1080 wall and on the wide walls.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { type DistrictShapes, type Point, type Polygon, districtShapes } from '../../geo/district-shapes';
import type { WallDistrict, WallOverview } from '../../graphql/types';
import { district, overview } from '../test-fixtures';
import type { MapCanvas } from './build-option';

/**
 * The map chart's drawing area on the 1920x1080 wall (the centre column's upper panel),
 * as Chromium lays it out: test/e2e/wall-map-labels.test.ts reads the same size.
 */
export const WALL_MAP_SIZE = { width: 698, height: 542 } as const;

/**
 * The map chart's drawing area on the wide walls (full height, in the middle), by stage
 * width, as Chromium lays it out: test/e2e/wall-wide.test.ts prints the same sizes.
 */
export const WIDE_WALL_MAP_SIZES = {
  '2880x1080': { width: 897, height: 862 },
  '3840x1080': { width: 1415, height: 862 },
  '5760x1080': { width: 2284, height: 862 },
} as const;

export type CityCode = '421000' | '320700';

export function cityGeoJson(code: CityCode): unknown {
  return JSON.parse(readFileSync(new URL(`../../geo/${code}.json`, import.meta.url), 'utf8'));
}

const shapes = new Map<CityCode, DistrictShapes>();

export function cityShapes(code: CityCode): DistrictShapes {
  const known = shapes.get(code) ?? districtShapes(cityGeoJson(code));
  shapes.set(code, known);
  return known;
}

/** The city's map in a chart the size the wall gives it (the 1920x1080 wall's unless told). */
export function wallCanvas(code: CityCode, size: { width: number; height: number } = WALL_MAP_SIZE): MapCanvas {
  return { name: code, shapes: cityShapes(code), ...size };
}

// Code, name, English name, population (the demo data set's), slots (as the demo wall shows them).
type Row = readonly [string, string, string, number, number];

const DISTRICTS: Record<CityCode, readonly Row[]> = {
  '421000': [
    ['421002', '沙市区', 'Shashi District', 650_000, 2_460],
    ['421003', '荆州区', 'Jingzhou District', 600_000, 1_520],
    ['421022', '公安县', "Gong'an County", 760_000, 2_010],
    ['421024', '江陵县', 'Jiangling County', 270_000, 1_130],
    ['421081', '石首市', 'Shishou City', 480_000, 1_240],
    ['421083', '洪湖市', 'Honghu City', 720_000, 1_890],
    ['421087', '松滋市', 'Songzi City', 650_000, 1_620],
    ['421088', '监利市', 'Jianli City', 1_100_000, 2_956],
  ],
  '320700': [
    ['320703', '连云区', 'Lianyun District', 260_000, 1_230],
    ['320706', '海州区', 'Haizhou District', 1_080_000, 5_210],
    ['320707', '赣榆区', 'Ganyu District', 940_000, 4_060],
    ['320722', '东海县', 'Donghai County', 950_000, 4_020],
    ['320723', '灌云县', 'Guanyun County', 770_000, 3_316],
    ['320724', '灌南县', 'Guannan County', 600_000, 2_680],
  ],
};

/**
 * The city with every district of its map. `figures: 'widest'` gives every district the
 * longest figures a district plausibly shows (88,888 slots, 18.88 per 1,000), so labels are
 * as wide as they get.
 */
export function cityOverview(code: CityCode, figures: 'demo' | 'widest' = 'demo'): WallOverview {
  const districts = DISTRICTS[code].map(([districtCode, name, nameEn, population, slots]): WallDistrict => {
    const shown = figures === 'widest' ? { slots: 88_888, slotsPer1000: 18.88 } : { slots, slotsPer1000: (slots / population) * 1000 };
    return district({ code: districtCode, name, nameEn, population, ...shown });
  });
  return overview({ code, districts });
}

/**
 * Whether a point lies in the polygon (in its outer ring and in none of its holes; on an edge
 * counts as in), by turf's point-in-polygon. Turf wants GeoJSON's closed rings; thinned
 * outlines may not end where they start.
 */
export function insidePolygon(polygon: Polygon, point: Point): boolean {
  const closed = polygon.map((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return (first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring).map(([x, y]) => [x, y]);
  });
  return booleanPointInPolygon([point[0], point[1]], { type: 'Polygon', coordinates: closed });
}
