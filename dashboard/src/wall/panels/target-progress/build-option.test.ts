import { describe, expect, it } from 'vitest';
import { UPDATE_ANIMATION_MS } from '../chart-base';
import { ariaDescription, callFormatter, field, listOf, partOf, partsOf } from '../read-option';
import { target } from '../test-fixtures';
import { darkTheme } from '../theme';
import { DISPLAY_CAP_PERCENT, TARGET_PERCENT, buildTargetOption, progressLabel } from './build-option';
import { type Box, renderTargets } from './echarts-ssr';

const met = target({ id: '1', title: '2023年新增托位2000个', progress: 1.43, expectedProgress: 1, onTrack: true });
const behind = target({ id: '2', title: '2025年每千人口托位数达到4.5个', kind: 'PER_1000', progress: 0.42, expectedProgress: 0.75, onTrack: false });
const unknown = target({ id: '3', title: '2026年新增普惠托位800个', progress: null, expectedProgress: 0.36, onTrack: null });
const far = target({ id: '4', title: '2026年新增老年助餐点100个', progress: 2.1, expectedProgress: 0.36, onTrack: true });
const targets = [met, behind, unknown, far];

const bars = () => partOf(buildTargetOption(targets, 'zh-CN'), 'series', 0);

describe('progressLabel', () => {
  it('shows a progress of 1.43 as 143%', () => {
    expect(progressLabel(1.43)).toBe('143%');
  });

  it('rounds to whole percent', () => {
    expect(progressLabel(0.4249)).toBe('42%');
  });

  it('shows a dash for an unknown progress', () => {
    expect(progressLabel(null)).toBe('—');
  });
});

describe('buildTargetOption', () => {
  it('puts the target titles on the category axis, first target on top', () => {
    const yAxis = partOf(buildTargetOption(targets, 'zh-CN'), 'yAxis');
    expect(yAxis.data).toEqual(targets.map((t) => t.title));
    expect(yAxis.inverse).toBe(true);
  });

  it('wraps long titles to a fixed width', () => {
    const axisLabel = field(partOf(buildTargetOption(targets, 'zh-CN'), 'yAxis'), 'axisLabel');
    expect(axisLabel.overflow).toBe('break');
    expect(axisLabel.width).toBeGreaterThan(0);
  });

  it('draws each bar at the progress in percent, capped at 150%, and no bar for an unknown progress', () => {
    const values = listOf(bars(), 'data').map((d) => (d as { value: unknown }).value);
    expect(values).toEqual([met.progress! * 100, behind.progress! * 100, '-', DISPLAY_CAP_PERCENT]);
  });

  it('shows each target’s true progress in the figure column right of the plot, a capped bar’s too, and a dash for an unknown one', () => {
    const column = partOf(buildTargetOption(targets, 'zh-CN'), 'yAxis', 1);
    expect(column).toMatchObject({ type: 'category', position: 'right', inverse: true });
    expect((column.data as string[]).map((d) => d.split('\n')[0])).toEqual(['143%', '42%', '—', '210%']);
  });

  it('draws no label at the bars’ ends, where it would meet the 100% line', () => {
    expect(field(bars(), 'label').show).toBe(false);
  });

  it('colours bars good when on track, warn when behind and grey when unknown', () => {
    const colours = listOf(bars(), 'data').map((d) => (d as { itemStyle: { color: string } }).itemStyle.color);
    expect(colours).toEqual([darkTheme.good, darkTheme.warn, darkTheme.neutral, darkTheme.good]);
  });

  it('marks 100% with a dashed line that has no label of its own', () => {
    const markLine = field(bars(), 'markLine');
    expect(markLine.data).toEqual([{ xAxis: TARGET_PERCENT }]);
    expect(field(markLine, 'label').show).toBe(false);
  });

  it('names the 100% line by the x-axis label under it, in the line’s colour and bold, and the other percents plainly', () => {
    const axisLabel = field(partOf(buildTargetOption(targets, 'zh-CN'), 'xAxis'), 'axisLabel');
    const style = /^\{(\w+)\|100%\}$/.exec(callFormatter(axisLabel.formatter, TARGET_PERCENT))?.[1];
    expect(style, 'the label at 100% should be rich text in a style of its own').toBeDefined();
    expect(field(field(axisLabel, 'rich'), style!)).toMatchObject({ color: field(field(bars(), 'markLine'), 'lineStyle').color, fontWeight: 'bold' });
    expect(callFormatter(axisLabel.formatter, 50)).toBe('50%');
    expect(callFormatter(axisLabel.formatter, DISPLAY_CAP_PERCENT)).toBe('150%');
  });

  it('puts a marker at each target’s expected progress (序时进度), capped like the bars', () => {
    const marker = partOf(buildTargetOption(targets, 'zh-CN'), 'series', 1);
    expect(marker.type).toBe('scatter');
    expect(marker.name).toBe('序时进度');
    expect(marker.data).toEqual(targets.map((t, i) => [Math.min(t.expectedProgress * 100, DISPLAY_CAP_PERCENT), i]));
  });

  it('names the marker in English in English', () => {
    expect(partOf(buildTargetOption(targets, 'en'), 'series', 1).name).toBe('Time elapsed');
  });

  it('shows the value axis from 0 to 150% with percent labels big enough to read', () => {
    const xAxis = partOf(buildTargetOption(targets, 'zh-CN'), 'xAxis');
    expect(xAxis).toMatchObject({ min: 0, max: DISPLAY_CAP_PERCENT });
    expect(callFormatter(field(xAxis, 'axisLabel').formatter, 50)).toBe('50%');
    expect(field(xAxis, 'axisLabel').fontSize).toBeGreaterThanOrEqual(18);
  });

  it('describes every target with its progress, expected progress and status', () => {
    const description = ariaDescription(buildTargetOption(targets, 'zh-CN'));
    expect(description).toContain(`${met.title} 143%，序时进度 100%，进度正常`);
    expect(description).toContain(`${behind.title} 42%，序时进度 75%，进度滞后`);
    expect(description).toContain(`${unknown.title} —，序时进度 36%，进度未知`);
    expect(description).toContain(`${far.title} 210%`);
  });

  it('draws an empty chart for a city without targets', () => {
    const option = buildTargetOption([], 'en');
    expect(partsOf(option, 'series').map((s) => s.data)).toEqual([[], []]);
    expect(ariaDescription(option)).toBe('Progress towards targets: no data.');
    expect(option.animationDurationUpdate).toBe(UPDATE_ANIMATION_MS);
  });
});

/** Boxes that share more than a hair (ECharts rounds positions to half pixels). */
function overlap(a: Box, b: Box): boolean {
  const hair = 0.5;
  return a.x + hair < b.x + b.width && b.x + hair < a.x + a.width && a.y + hair < b.y + b.height && b.y + hair < a.y + a.height;
}

/** "77% / 100%" for every two drawn texts whose boxes overlap. */
function overlappingTexts(texts: Box[]): string[] {
  return texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.text} / ${b.text}`));
}

/** Around the wall's figures (77%, 143%) and where a figure at the bar's end would meet the 100% line. */
const progresses = [0, 0.42, 0.77, 0.9, 0.95, 0.99, 1, 1.01, 1.05, 1.2, 1.43, 1.5, 2.1, null];

/** The demo cities' targets: 荆州市's three one-line titles, 连云港市's two that wrap onto two lines. */
const cities = {
  荆州市: ['2026年新增普惠托位800个', '2026年新增老年助餐点100个', '2023年新增托位2000个'],
  连云港市: ['2025年每千人口托位数达到4.5个', '2026年每千名老年人养老床位达到40张'],
};

/** The city's targets, the first at `progress` and the others around it (on track or not), all 91% into their time. */
function targetsAt(city: keyof typeof cities, progress: number | null) {
  return cities[city].map((title, i) => {
    const own = progress === null ? null : progress * [1, 0.97, 1.04][i]!;
    return target({ id: String(i + 1), title, progress: own, expectedProgress: 0.91, onTrack: own === null ? null : own >= 0.91 });
  });
}

const cases = progresses.flatMap((progress) => (Object.keys(cities) as (keyof typeof cities)[]).flatMap((city) => (['zh-CN', 'en'] as const).map((lang) => ({ progress, city, lang }))));

describe('buildTargetOption: the chart as ECharts draws it in the panel on the 1920x1080 wall', () => {
  it.each(cases)('draws no text across the 100% line at a progress of $progress ($city, $lang)', ({ progress, city, lang }) => {
    const chart = renderTargets(buildTargetOption(targetsAt(city, progress), lang));
    try {
      expect(chart.markLines.length, 'one dashed line at 100%').toBe(1);
      const line = chart.markLines[0]!;
      expect(line.x).toBeCloseTo(chart.xOf(TARGET_PERCENT), 0);
      const crossed = chart.texts.filter((t) => t.x - 2 < line.x && line.x < t.x + t.width + 2 && t.y < line.bottom && line.top < t.y + t.height);
      expect(crossed.map((t) => t.text)).toEqual([]);
    } finally {
      chart.dispose();
    }
  });

  it.each(cases)('draws no two texts on top of each other at a progress of $progress ($city, $lang)', ({ progress, city, lang }) => {
    const chart = renderTargets(buildTargetOption(targetsAt(city, progress), lang));
    try {
      expect(overlappingTexts(chart.texts)).toEqual([]);
    } finally {
      chart.dispose();
    }
  });

  it('writes 100% once, under the line, and every figure right of the plot in its bar’s row', () => {
    const shown = targetsAt('荆州市', 1.43);
    const chart = renderTargets(buildTargetOption(shown, 'zh-CN'));
    try {
      const hundred = chart.texts.filter((t) => t.text === '100%');
      expect(hundred).toHaveLength(1);
      expect(hundred[0]!.y).toBeGreaterThanOrEqual(chart.grid.y + chart.grid.height);
      expect(hundred[0]!.x).toBeLessThan(chart.xOf(TARGET_PERCENT));
      expect(hundred[0]!.x + hundred[0]!.width).toBeGreaterThan(chart.xOf(TARGET_PERCENT));

      const rowHeight = chart.grid.height / shown.length;
      shown.forEach((t, row) => {
        const figure = chart.texts.find((box) => box.text.split('\n')[0] === progressLabel(t.progress) && box.y >= chart.grid.y + row * rowHeight && box.y + box.height <= chart.grid.y + (row + 1) * rowHeight);
        expect(figure, `${t.title}: ${progressLabel(t.progress)} in row ${row}`).toBeDefined();
        expect(figure!.x).toBeGreaterThanOrEqual(chart.grid.x + chart.grid.width);
      });
    } finally {
      chart.dispose();
    }
  });
});

describe('buildTargetOption: what each row says', () => {
  const context = { today: '2026-12-04', indicators: [], width: 534 };
  const ended = target({ id: '5', title: '2025年每千人口托位数达到4.5个', kind: 'PER_1000', unit: '个/千人', deadline: '2025-12-31', baseline: 2.41, targetValue: 4.5, currentValue: 4.29, progress: 0.9, expectedProgress: 1, onTrack: false });
  const level = target({ id: '6', title: '2026年每千名老年人养老床位达到40张', kind: 'LEVEL', indicatorKey: 'beds_per_1000_elderly', unit: '张/千人', deadline: '2026-12-31', baseline: 35.5, targetValue: 40, currentValue: 37, progress: 0.33, expectedProgress: 0.93, onTrack: false });

  it('says an ended target is met or missed, and draws no 序时进度 tick for it', () => {
    const option = buildTargetOption([met, ended, level], 'zh-CN', context);
    expect(ariaDescription(option)).toMatch(/2023年新增托位2000个 143%，已到期，已完成/);
    expect(ariaDescription(option)).toMatch(/2025年每千人口托位数达到4\.5个 90%，已到期，未完成/);
    expect(listOf(partOf(option, 'series', 1), 'data')).toEqual([[33, 2]].map(([, i]) => [93, i]));
  });

  it('gives a running target its 序时进度 beside its percent', () => {
    const column = partOf(buildTargetOption([level], 'zh-CN', context), 'yAxis', 1);
    expect(column.data).toEqual(['33%\n序时93%']);
  });

  it('shows a level target’s way from its baseline through now to its level', () => {
    const option = buildTargetOption([level], 'zh-CN', context);
    expect(ariaDescription(option)).toContain('基数 35.5 张/千人 → 当前 37.0 张/千人 → 目标 40.0 张/千人');
    const axisLabel = field(partOf(option, 'yAxis'), 'axisLabel');
    expect(callFormatter(axisLabel.formatter, level.title)).toContain('{path|35.5 → 37.0 → 40.0 张/千人}');
  });

  it('titles the targets in English', () => {
    expect(partOf(buildTargetOption([met, level], 'en', context), 'yAxis').data).toEqual(['2023: 2,000 more childcare slots', '2026: beds per 1,000 aged 60+ up to 40.0']);
  });
});
