/** A city's district outlines read from its GeoJSON, for laying out what the map draws over them. */

/** [x, y]: longitude and latitude here, pixels once projected. */
export type Point = readonly [number, number];
export type Ring = readonly Point[];
/** An outer ring, then its holes. */
export type Polygon = readonly Ring[];

export interface DistrictShape {
  /** The feature's name, which the map's data items are matched by. */
  name: string;
  polygons: readonly Polygon[];
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface DistrictShapes {
  /** Around every outer ring, as ECharts measures a map (holes lie inside their outer ring). */
  bounds: Bounds;
  districts: readonly DistrictShape[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toRing(value: unknown): Ring {
  if (!Array.isArray(value)) throw new Error('a GeoJSON ring is not a list of positions');
  return value.map((position: unknown): Point => {
    if (!Array.isArray(position) || typeof position[0] !== 'number' || typeof position[1] !== 'number') throw new Error('a GeoJSON position is not [longitude, latitude]');
    return [position[0], position[1]];
  });
}

function toPolygon(value: unknown): Polygon {
  if (!Array.isArray(value)) throw new Error('a GeoJSON polygon is not a list of rings');
  return value.map(toRing);
}

function polygonsOf(geometry: unknown): Polygon[] {
  if (!isRecord(geometry) || !Array.isArray(geometry.coordinates)) return [];
  if (geometry.type === 'Polygon') return [toPolygon(geometry.coordinates)];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map(toPolygon);
  return [];
}

/** The districts of a GeoJSON FeatureCollection, named by `properties.name`; throws on anything else. */
export function districtShapes(geoJson: unknown): DistrictShapes {
  if (!isRecord(geoJson) || geoJson.type !== 'FeatureCollection' || !Array.isArray(geoJson.features)) throw new Error('the map is not a GeoJSON FeatureCollection');
  const districts = geoJson.features.map((feature: unknown): DistrictShape => {
    const name = isRecord(feature) && isRecord(feature.properties) ? feature.properties.name : undefined;
    if (typeof name !== 'string') throw new Error('a map feature has no name');
    return { name, polygons: polygonsOf(isRecord(feature) ? feature.geometry : undefined) };
  });
  const bounds: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const district of districts) {
    for (const [outer] of district.polygons) {
      for (const [x, y] of outer ?? []) {
        bounds.minX = Math.min(bounds.minX, x);
        bounds.minY = Math.min(bounds.minY, y);
        bounds.maxX = Math.max(bounds.maxX, x);
        bounds.maxY = Math.max(bounds.maxY, y);
      }
    }
  }
  if (!Number.isFinite(bounds.minX)) throw new Error('the map has no polygons');
  return { bounds, districts };
}
