import { describe, expect, it } from 'vitest';
import type { Polygon } from '../../geo/district-shapes';
import { labelBox } from './label-box';
import { type CityCode, WALL_MAP_SIZE, cityOverview, cityShapes, insidePolygon } from './map-fixtures';
import { project } from './map-frame';
import { layoutMap } from './map-layout';
import { segmentHitsRect, tooClose, within } from './rect';

const style = { fontSize: 20, lineHeight: 26, textBorderWidth: 3 };
const chart = { x: 0, y: 0, ...WALL_MAP_SIZE };
const area = { x: 60, y: 16, width: WALL_MAP_SIZE.width - 76, height: WALL_MAP_SIZE.height - 32 };
const cases = (['421000', '320700'] as CityCode[]).flatMap((city) => (['zh-CN', 'en'] as const).map((lang) => ({ city, lang })));

/** The map of `city` laid out at the wall's size, with labels as wide as they get. */
function layout(city: CityCode, lang: 'zh-CN' | 'en') {
  const districts = cityOverview(city, 'widest').districts;
  const text = (name: string) => {
    const d = districts.find((x) => x.name === name)!;
    return lang === 'en' ? `${d.nameEn}\n88,888` : `${d.name}\n88,888 个`;
  };
  const shapes = cityShapes(city);
  const result = layoutMap(shapes, WALL_MAP_SIZE, area, (name) => labelBox(text(name), style));
  const outlines = new Map<string, Polygon[]>(shapes.districts.map((d) => [d.name, d.polygons.map((p) => p.map((ring) => ring.map((point) => project(result.frame, point))))]));
  return { ...result, outlines };
}

describe('layoutMap on the 1920x1080 wall', () => {
  it.each(cases)('labels every district of $city ($lang) once, inside the chart, no two labels closer than the gap', ({ city, lang }) => {
    const { labels } = layout(city, lang);
    expect(labels.map((l) => l.name)).toEqual(cityShapes(city).districts.map((d) => d.name));
    for (const label of labels) expect(within(label.rect, chart), label.name).toBe(true);
    const close = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => tooClose(a.rect, b.rect, 7.99)).map((b) => `${a.name} / ${b.name}`));
    expect(close).toEqual([]);
  });

  it.each(cases)('sets every label of $city ($lang) on its own district, or joins it to the district by a leader line through no other label', ({ city, lang }) => {
    const { labels, outlines } = layout(city, lang);
    for (const label of labels) {
      const own = outlines.get(label.name)!;
      if (label.leader) {
        expect(own.some((polygon) => insidePolygon(polygon, label.leader!.from)), `${label.name}'s leader starts on its district`).toBe(true);
        for (const other of labels.filter((l) => l !== label)) expect(segmentHitsRect(label.leader.from, label.leader.to, other.rect), `${label.name}'s leader crosses ${other.name}`).toBe(false);
      } else {
        const { x, y, width, height } = label.rect;
        const samples = [0.25, 0.5, 0.75].flatMap((fx) => [0.25, 0.5, 0.75].map((fy) => [x + fx * width, y + fy * height] as const));
        expect(samples.some((point) => own.some((polygon) => insidePolygon(polygon, point))), `${label.name}'s label lies on its district`).toBe(true);
      }
    }
  });

  it('keeps the map inside its area', () => {
    const { frame } = layout('421000', 'zh-CN');
    expect(within(frame.view, area, -0.001)).toBe(true);
  });
});
