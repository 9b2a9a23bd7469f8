/**
 * Where the map sits in its chart, worked out here rather than left to ECharts: the labels are
 * laid out in pixels, so both must agree on where every longitude and latitude lands. The
 * option gets the same frame back (explicit bounds, aspect, centre and size), for which
 * ECharts' map projection is a plain linear one.
 */
import type { Bounds, Point } from '../../geo/district-shapes';
import type { Rect } from './rect';

export interface MapFrame {
  /** The map's longitude/latitude box... */
  bounds: Bounds;
  /** ...drawn into this box of the chart, in pixels. */
  view: Rect;
  /** Width of a degree of longitude over a degree of latitude. */
  aspectScale: number;
}

/**
 * The largest frame of the map's true shape that fits `area` (centred in it). A degree of
 * longitude is cos(latitude) as wide as a degree of latitude, taken at the map's middle: for
 * a city that is exact to a few per cent (ECharts' default, 0.75, fits latitude 41°).
 */
export function fitMap(bounds: Bounds, area: Rect): MapFrame {
  const aspectScale = Math.cos((((bounds.minY + bounds.maxY) / 2) * Math.PI) / 180);
  const aspect = ((bounds.maxX - bounds.minX) / (bounds.maxY - bounds.minY)) * aspectScale;
  const width = Math.min(area.width, area.height * aspect);
  const height = width / aspect;
  return {
    bounds,
    aspectScale,
    view: { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height },
  };
}

/** Where a longitude/latitude lands in the chart, in pixels (north up). */
export function project(frame: MapFrame, [lon, lat]: Point): Point {
  const { bounds, view } = frame;
  return [
    view.x + ((lon - bounds.minX) / (bounds.maxX - bounds.minX)) * view.width,
    view.y + ((bounds.maxY - lat) / (bounds.maxY - bounds.minY)) * view.height,
  ];
}

/**
 * The map series keys that make ECharts draw the map in `frame`. `layoutSize` is the
 * frame's width when it is wider than tall, else its height (ECharts' rule).
 */
export function frameOption(frame: MapFrame) {
  const { bounds, view } = frame;
  return {
    boundingCoords: [
      [bounds.minX, bounds.maxY],
      [bounds.maxX, bounds.minY],
    ],
    aspectScale: frame.aspectScale,
    layoutCenter: [view.x + view.width / 2, view.y + view.height / 2],
    layoutSize: view.width > view.height ? view.width : view.height,
  };
}
