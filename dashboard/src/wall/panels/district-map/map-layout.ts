/** The district map laid out for a chart of a given size: where the map goes and where each label goes. */
import type { DistrictShapes, Polygon } from '../../geo/district-shapes';
import type { Size } from './label-box';
import { type LabelSite, type PlacedLabel, placeLabels } from './label-placement';
import { type MapFrame, fitMap, project } from './map-frame';
import { poleOfInaccessibility, polygonArea, thinRing } from './polygon';
import type { Rect } from './rect';

/**
 * How close to the best label spot of a district polylabel gets, in pixels. Half a pixel: at
 * one pixel, 沙市区's spot moved 1.3 px (both within the pixel) and 江陵县's English label then
 * lost its district in the placement; the search costs little more.
 */
const LABEL_SPOT_PRECISION = 0.5;

export interface MapLayout {
  frame: MapFrame;
  /** One per district of the map, in the map's order. */
  labels: PlacedLabel[];
}

/**
 * @param area where the map may be drawn in the chart (labels may use the whole chart)
 * @param boxOf the size of a district's label, by district name
 * @param keepOut boxes no label may cover
 */
export function layoutMap(shapes: DistrictShapes, chart: Size, area: Rect, boxOf: (name: string) => Size, keepOut: readonly Rect[] = []): MapLayout {
  const frame = fitMap(shapes.bounds, area);
  const sites = shapes.districts.map((district): LabelSite => {
    // Outlines come with a point every few hundred metres: far finer than a pixel here.
    const polygons: Polygon[] = district.polygons.map((polygon) => polygon.map((ring) => thinRing(ring.map((point) => project(frame, point)), 1.5)));
    const areas = polygons.map(polygonArea);
    const largest = polygons[areas.indexOf(Math.max(...areas))] ?? [];
    return {
      name: district.name,
      anchor: poleOfInaccessibility(largest, LABEL_SPOT_PRECISION).point,
      polygons,
      area: areas.reduce((sum, a) => sum + a, 0),
      box: boxOf(district.name),
    };
  });
  return { frame, labels: placeLabels(sites, { canvas: { x: 0, y: 0, width: chart.width, height: chart.height }, keepOut }) };
}
