import { describe, expect, it } from 'vitest';
import type { Point, Polygon } from '../../geo/district-shapes';
import { LABEL_GAP, type LabelSite, type PlacedLabel, placeLabels } from './label-placement';
import { insidePolygon } from './map-fixtures';
import { poleOfInaccessibility, polygonArea } from './polygon';
import { containsPoint, tooClose, within } from './rect';

const canvas = { x: 0, y: 0, width: 400, height: 300 };
const box = { width: 80, height: 52 };

function square(x: number, y: number, size: number): Point[] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ];
}

/** A district of one polygon, labelled with a box of `size`. */
function site(name: string, polygon: Polygon, size = box): LabelSite {
  return { name, anchor: poleOfInaccessibility(polygon).point, polygons: [polygon], area: polygonArea(polygon), box: size };
}

function onEdge(label: PlacedLabel, [x, y]: Point): boolean {
  const { rect } = label;
  const onX = Math.abs(x - rect.x) < 1e-9 || Math.abs(x - rect.x - rect.width) < 1e-9;
  const onY = Math.abs(y - rect.y) < 1e-9 || Math.abs(y - rect.y - rect.height) < 1e-9;
  return containsPoint(rect, [x, y]) && (onX || onY);
}

function overlapping(labels: PlacedLabel[]): string[] {
  return labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => tooClose(a.rect, b.rect)).map((b) => `${a.name} / ${b.name}`));
}

describe('placeLabels', () => {
  it('leaves a label centred on its district\'s most inward point when nothing is in the way', () => {
    const [label] = placeLabels([site('big', [square(100, 50, 200)])], { canvas, keepOut: [] });
    expect(label!.rect).toEqual({ x: 160, y: 124, width: 80, height: 52 });
    expect(label!.leader).toBeNull();
  });

  it('moves apart the labels of two small districts side by side, keeping the gap between them', () => {
    const labels = placeLabels([site('west', [square(160, 130, 40)]), site('east', [square(200, 130, 40)])], { canvas, keepOut: [] });
    expect(overlapping(labels)).toEqual([]);
    expect(tooClose(labels[0]!.rect, labels[1]!.rect, LABEL_GAP - 0.01)).toBe(false);
  });

  it('puts a label that cannot sit on its tiny district beside it, on a leader line from the district to the label', () => {
    const sites = [site('big', [square(80, 40, 240), square(188, 148, 24)]), site('tiny west', [square(188, 148, 12)]), site('tiny east', [square(200, 148, 12)])];
    const labels = placeLabels(sites, { canvas, keepOut: [] });
    expect(overlapping(labels)).toEqual([]);
    const led = labels.filter((l) => l.leader);
    expect(led.length).toBeGreaterThan(0);
    for (const label of led) {
      const own = sites.find((s) => s.name === label.name)!;
      expect(insidePolygon(own.polygons[0]!, label.leader!.from), `${label.name}'s leader starts on its district`).toBe(true);
      expect(onEdge(label, label.leader!.to), `${label.name}'s leader ends on its label`).toBe(true);
      const { from, to } = label.leader!;
      expect(Math.hypot(to[0] - from[0], to[1] - from[1]), `${label.name}'s leader is long enough to read as a line`).toBeGreaterThanOrEqual(16);
    }
    expect(labels.find((l) => l.name === 'big')!.leader).toBeNull();
  });

  it('keeps every label inside the chart and clear of the boxes it must avoid', () => {
    const keepOut = [{ x: 0, y: 80, width: 30, height: 200 }];
    const labels = placeLabels([site('corner', [square(0, 0, 60)]), site('edge', [square(0, 120, 60)])], { canvas, keepOut });
    for (const label of labels) {
      expect(within(label.rect, canvas), label.name).toBe(true);
      expect(tooClose(label.rect, keepOut[0]!), label.name).toBe(false);
    }
  });

  it('still places every label, overlapping, where the chart has no free spot for it rather than hiding it', () => {
    const small = { x: 0, y: 0, width: 100, height: 70 };
    const labels = placeLabels([site('a', [square(10, 10, 40)]), site('b', [square(50, 10, 40)])], { canvas: small, keepOut: [] });
    expect(labels.map((l) => l.name)).toEqual(['a', 'b']);
  });
});
