/**
 * Where each district's label goes on the map, so that no two labels overlap and every label
 * can be read as its district's: on the district where there is room, nudged aside where a
 * neighbour's label is in the way, and out beside the map on a leader line from the district
 * when the district is too small to hold it (沙市区 next to 荆州区). No label is ever hidden.
 *
 * Greedy: labels are placed one at a time, each at the cheapest free spot within reach of its
 * district; the whole is tried smallest district first and largest first, and the cheaper
 * layout wins (small districts have the fewest good spots, large ones room to move within
 * themselves; which order suits a map depends on the map).
 */
import type { Point, Polygon } from '../../geo/district-shapes';
import { coverageGrid, type CoverageGrid } from './coverage-grid';
import type { Size } from './label-box';
import { type Rect, containsPoint, nearestPointOn, rectAround, segmentHitsRect, segmentsCross, tooClose, within } from './rect';

export interface LabelSite {
  name: string;
  /** Where the label best sits: the district's most inward point (pole of inaccessibility). */
  anchor: Point;
  /** The district's outline in chart pixels. */
  polygons: readonly Polygon[];
  /** The district's area in square pixels. */
  area: number;
  /** The label's box. */
  box: Size;
}

export interface Leader {
  /** On the district (its anchor, marked with a dot)... */
  from: Point;
  /** ...to the nearest point of its label's box. */
  to: Point;
}

export interface PlacedLabel {
  name: string;
  /** The label's box; the label is drawn centred in it. */
  rect: Rect;
  leader: Leader | null;
}

export interface LabelSpace {
  /** The chart: labels stay inside it. */
  canvas: Rect;
  /** Boxes labels must keep clear of (the colour scale). */
  keepOut: readonly Rect[];
}

/** Clear space kept between two labels, and between a label and anything it must avoid. */
export const LABEL_GAP = 8;
/** Labels keep this far inside the chart's edge. */
const EDGE = 4;
/** Spots tried: on the anchor, then rings around it this far apart, in this many directions, this far out. */
const STEP = 4;
const DIRECTIONS = 24;
const REACH = 260;
/** A leader line shorter than this reads as a stray dot by the text: such a spot is not used. */
const SHORTEST_LEADER = 16;
/** Costs, in pixels of distance from the anchor they are worth. */
const COVERING_OTHERS = 90; // a box lying wholly over other districts
const LEADER_LINE = 30; // a label away from its district, on a leader line
const COVERING_ANCHOR = 250; // hiding another district's own best spot
const NO_FREE_SPOT = 100_000;

interface Choice {
  label: PlacedLabel;
  cost: number;
}

/** The spots tried around an anchor, ring by ring outwards: the anchor itself is ring 0. */
function ring([x, y]: Point, reach: number): Point[] {
  if (reach === 0) return [[x, y]];
  return Array.from({ length: DIRECTIONS }, (_, k): Point => {
    const angle = (2 * Math.PI * k) / DIRECTIONS;
    return [x + reach * Math.cos(angle), y + reach * Math.sin(angle)];
  });
}

/** The label of `sites[index]` centred at `centre`, and its cost; null where it may not go. */
function consider(sites: readonly LabelSite[], index: number, centre: Point, placed: readonly PlacedLabel[], space: LabelSpace, grid: CoverageGrid): Choice | null {
  const site = sites[index]!;
  const rect = rectAround(centre, site.box);
  if (!within(rect, space.canvas, EDGE)) return null;
  if (space.keepOut.some((box) => tooClose(rect, box, LABEL_GAP))) return null;
  for (const other of placed) {
    if (tooClose(rect, other.rect, LABEL_GAP)) return null;
    if (other.leader && (segmentHitsRect(other.leader.from, other.leader.to, rect) || containsPoint(rect, other.leader.from, LABEL_GAP))) return null;
  }

  const cover = grid.cover(rect, index);
  // A label over its own district, or around the district's anchor, is read as that district's;
  // anywhere else it needs a line back to it.
  const onDistrict = containsPoint(rect, site.anchor) || cover.own * 2 >= cover.samples;
  let leader: Leader | null = null;
  if (!onDistrict) {
    leader = { from: site.anchor, to: nearestPointOn(rect, site.anchor) };
    if (Math.hypot(leader.to[0] - leader.from[0], leader.to[1] - leader.from[1]) < SHORTEST_LEADER) return null;
    for (const other of placed) {
      if (segmentHitsRect(leader.from, leader.to, other.rect)) return null;
      if (other.leader && segmentsCross(leader.from, leader.to, other.leader.from, other.leader.to)) return null;
    }
  }
  const coveredAnchors = sites.filter((other, i) => i !== index && containsPoint(rect, other.anchor, LABEL_GAP / 2)).length;
  const cost =
    Math.hypot(centre[0] - site.anchor[0], centre[1] - site.anchor[1]) +
    (COVERING_OTHERS * cover.others) / Math.max(1, cover.samples) +
    (leader ? LEADER_LINE : 0) +
    COVERING_ANCHOR * coveredAnchors;
  return { label: { name: site.name, rect, leader }, cost };
}

function placeInOrder(sites: readonly LabelSite[], order: readonly number[], space: LabelSpace, grid: CoverageGrid): { labels: PlacedLabel[]; cost: number } {
  const placed: PlacedLabel[] = [];
  const byIndex = new Map<number, PlacedLabel>();
  let total = 0;
  for (const index of order) {
    const site = sites[index]!;
    let best: Choice | null = null;
    // A spot costs at least its distance from the anchor: no ring beyond the best cost can win.
    for (let reach = 0; reach <= REACH && (!best || reach < best.cost); reach += STEP) {
      for (const centre of ring(site.anchor, reach)) {
        const choice = consider(sites, index, centre, placed, space, grid);
        if (choice && (!best || choice.cost < best.cost)) best = choice;
      }
    }
    // Nowhere free within reach: on its district, overlapping, rather than not at all.
    const chosen = best ?? { label: { name: site.name, rect: rectAround(site.anchor, site.box), leader: null }, cost: NO_FREE_SPOT };
    placed.push(chosen.label);
    byIndex.set(index, chosen.label);
    total += chosen.cost;
  }
  return { labels: sites.map((_, i) => byIndex.get(i)!), cost: total };
}

/** Every site's label, in the order of `sites`. */
export function placeLabels(sites: readonly LabelSite[], space: LabelSpace): PlacedLabel[] {
  const grid = coverageGrid(space.canvas, sites.map((site) => site.polygons));
  const smallestFirst = sites.map((_, i) => i).sort((a, b) => sites[a]!.area - sites[b]!.area || a - b);
  const layouts = [smallestFirst, [...smallestFirst].reverse()].map((order) => placeInOrder(sites, order, space, grid));
  return layouts.reduce((best, layout) => (layout.cost < best.cost ? layout : best)).labels;
}
