// The district map's labels as the option places them on the 1920x1080 wall and on the wide
// walls (where the map is larger and so are its labels). Label boxes
// are sized by labelBox from the label's own text and style (its widths are checked against
// Chromium's in label-box.test.ts; test/e2e/wall-map-labels.test.ts checks the drawn boxes).
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../geo/district-shapes';
import type { Lang } from '../../i18n';
import type { DistrictMetric } from '../district-metric';
import { callFormatter, field, listOf, partOf } from '../read-option';
import { buildMapOption } from './build-option';
import { renderMap } from './echarts-ssr';
import { labelBox } from './label-box';
import { type CityCode, WALL_MAP_SIZE, WIDE_WALL_MAP_SIZES, cityOverview, wallCanvas } from './map-fixtures';
import { type Rect, containsPoint, rectAround, segmentHitsRect, tooClose, within } from './rect';

interface Placed {
  name: string;
  text: string;
  centre: Point;
  rect: Rect;
}

/** Every data item's label: its text, where labelLayout centres it, and the box it is drawn in. */
function placedLabels(option: EChartsOption): Placed[] {
  const series = partOf(option, 'series');
  const label = field(series, 'label');
  const style = { fontSize: Number(label.fontSize), lineHeight: Number(label.lineHeight), textBorderWidth: Number(label.textBorderWidth) };
  const layout = series.labelLayout as (params: { dataIndex: number }) => { x?: number; y?: number };
  return listOf(series, 'data').map((item, dataIndex) => {
    const { name } = item as { name: string };
    const { x, y } = layout({ dataIndex });
    if (x === undefined || y === undefined) throw new Error(`no position for the label of ${name}`);
    const text = callFormatter(label.formatter, { name });
    return { name, text, centre: [x, y], rect: rectAround([x, y], labelBox(text, style)) };
  });
}

/** The leader lines drawn as the series' mark lines. */
function leaders(option: EChartsOption): [Point, Point][] {
  const lines = listOf(field(partOf(option, 'series'), 'markLine'), 'data') as [{ x: number; y: number }, { x: number; y: number }][];
  return lines.map(([from, to]) => [
    [from.x, from.y],
    [to.x, to.y],
  ]);
}

function overlapping(labels: Placed[]): string[] {
  return labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => tooClose(a.rect, b.rect)).map((b) => `${a.name} / ${b.name}`));
}

const langs: Lang[] = ['zh-CN', 'en'];
const metrics: DistrictMetric[] = ['slots', 'slotsPer1000'];
const everyCase = (['421000', '320700'] as CityCode[]).flatMap((city) =>
  langs.flatMap((lang) => metrics.flatMap((metric) => (['demo', 'widest'] as const).map((figures) => ({ city, lang, metric, figures })))),
);

/** ECharts itself, drawing the option of `city`'s map at `size`, puts each label's centre where the option placed it. */
function expectDrawnWherePlaced(city: CityCode, size: { width: number; height: number }): void {
  const option = buildMapOption(cityOverview(city), wallCanvas(city, size), 'slots', 'zh-CN');
  const chart = renderMap(city, option, size);
  try {
    const drawn = chart.labels();
    const placed = placedLabels(option);
    expect(drawn).toHaveLength(placed.length);
    for (const label of placed) {
      const found = drawn.find((d) => d.text === label.text);
      expect(found, label.text).toBeDefined();
      expect(found!.x).toBeCloseTo(label.centre[0], 3);
      expect(found!.y).toBeCloseTo(label.centre[1], 3);
    }
  } finally {
    chart.dispose();
  }
}

describe('buildMapOption: where the labels go on the 1920x1080 wall', () => {
  it.each(langs.flatMap((lang) => metrics.map((metric) => ({ lang, metric }))))(
    'places the labels of 荆州区 and 沙市区 so their boxes do not overlap at 1920x1080 ($lang, $metric)',
    ({ lang, metric }) => {
      const labels = placedLabels(buildMapOption(cityOverview('421000'), wallCanvas('421000'), metric, lang));
      const jingzhou = labels.find((l) => l.name === '荆州区')!;
      const shashi = labels.find((l) => l.name === '沙市区')!;
      expect(tooClose(jingzhou.rect, shashi.rect), `${jingzhou.text} at ${JSON.stringify(jingzhou.rect)}, ${shashi.text} at ${JSON.stringify(shashi.rect)}`).toBe(false);
    },
  );

  it.each(everyCase)('places no two labels of the map of $city over each other ($lang, $metric, $figures figures)', ({ city, lang, metric, figures }) => {
    const option = buildMapOption(cityOverview(city, figures), wallCanvas(city), metric, lang);
    const labels = placedLabels(option);
    expect(labels).toHaveLength(wallCanvas(city).shapes.districts.length);
    expect(overlapping(labels)).toEqual([]);
    const chart = { x: 0, y: 0, ...WALL_MAP_SIZE };
    for (const label of labels) expect(within(label.rect, chart), `${label.name} inside the chart`).toBe(true);
  });

  it('keeps every label clear of the colour scale', () => {
    const option = buildMapOption(cityOverview('320700', 'widest'), wallCanvas('320700'), 'slotsPer1000', 'en');
    const scale = partOf(option, 'visualMap');
    const box: Rect = { x: Number(scale.left), y: WALL_MAP_SIZE.height - Number(scale.bottom) - Number(scale.itemHeight), width: Number(scale.itemWidth), height: Number(scale.itemHeight) };
    for (const label of placedLabels(option)) expect(tooClose(label.rect, box), label.name).toBe(false);
  });

  it.each(everyCase.filter((c) => c.figures === 'widest'))(
    'draws each leader line of $city ($lang, $metric) from a spot no label covers to the edge of a label, through no other label',
    ({ city, lang, metric }) => {
      const option = buildMapOption(cityOverview(city, 'widest'), wallCanvas(city), metric, lang);
      const labels = placedLabels(option);
      for (const [from, to] of leaders(option)) {
        const target = labels.filter((l) => containsPoint(l.rect, to, 0.01));
        expect(target, `the leader ending at ${to} ends on one label`).toHaveLength(1);
        expect(labels.filter((l) => containsPoint(l.rect, from)), `the dot at ${from} is covered`).toEqual([]);
        expect(Math.hypot(to[0] - from[0], to[1] - from[1]), 'a leader long enough to read as a line').toBeGreaterThanOrEqual(16);
        const crossed = labels.filter((l) => l !== target[0] && segmentHitsRect(from, to, l.rect)).map((l) => l.name);
        expect(crossed).toEqual([]);
      }
    },
  );

  it('sets at least one label of the English map of 荆州市 off its district on a leader line, where the names are too long to sit side by side', () => {
    expect(leaders(buildMapOption(cityOverview('421000', 'widest'), wallCanvas('421000'), 'slots', 'en')).length).toBeGreaterThan(0);
  });

  it.each<CityCode>(['421000', '320700'])('makes ECharts draw every label of %s centred where the option placed it', (city) => {
    expectDrawnWherePlaced(city, WALL_MAP_SIZE);
  });
});

describe('buildMapOption: where the labels go on the wide walls', () => {
  const wideCases = Object.entries(WIDE_WALL_MAP_SIZES).flatMap(([wall, size]) => everyCase.map((c) => ({ ...c, wall, size })));

  it.each(wideCases)(
    'places every label of the map of $city inside the $wall wall\'s map, no two over each other, none on the colour scale or crossed by a leader line ($lang, $metric, $figures figures)',
    ({ city, lang, metric, figures, size }) => {
      const option = buildMapOption(cityOverview(city, figures), wallCanvas(city, size), metric, lang);
      const labels = placedLabels(option);
      expect(labels).toHaveLength(wallCanvas(city).shapes.districts.length);
      expect(overlapping(labels)).toEqual([]);
      const chart = { x: 0, y: 0, ...size };
      for (const label of labels) expect(within(label.rect, chart), `${label.name} inside the chart`).toBe(true);
      const scale = partOf(option, 'visualMap');
      const box: Rect = { x: Number(scale.left), y: size.height - Number(scale.bottom) - Number(scale.itemHeight), width: Number(scale.itemWidth), height: Number(scale.itemHeight) };
      for (const label of labels) expect(tooClose(label.rect, box), `${label.name} clear of the colour scale`).toBe(false);
      for (const [from, to] of leaders(option)) {
        const target = labels.filter((l) => containsPoint(l.rect, to, 0.01));
        expect(target, `the leader ending at ${to} ends on one label`).toHaveLength(1);
        expect(labels.filter((l) => containsPoint(l.rect, from)), `the dot at ${from} is covered`).toEqual([]);
        expect(labels.filter((l) => l !== target[0] && segmentHitsRect(from, to, l.rect)).map((l) => l.name)).toEqual([]);
      }
    },
  );

  it('sets the labels of the wide walls\' maps larger than on the 1920x1080 wall', () => {
    const fontSize = (size: { width: number; height: number }) => Number(field(partOf(buildMapOption(cityOverview('421000'), wallCanvas('421000', size), 'slots', 'zh-CN'), 'series'), 'label').fontSize);
    expect(fontSize(WIDE_WALL_MAP_SIZES['3840x1080'])).toBeGreaterThan(fontSize(WALL_MAP_SIZE));
  });

  it.each<CityCode>(['421000', '320700'])('makes ECharts draw every label of %s centred where the option placed it on the 3840x1080 wall', (city) => {
    expectDrawnWherePlaced(city, WIDE_WALL_MAP_SIZES['3840x1080']);
  });
});
