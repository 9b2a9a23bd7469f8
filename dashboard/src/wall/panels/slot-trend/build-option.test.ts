import { describe, expect, it } from 'vitest';
import { formatCount, formatWan } from '../../../shared/format/number';
import type { TrendPoint } from '../../graphql/types';
import { UPDATE_ANIMATION_MS } from '../chart-base';
import { ariaDescription, callFormatter, field, listOf, partOf } from '../read-option';
import { overview, target } from '../test-fixtures';
import { buildTrendOption, wanAxisLabel, wanDecimals, monthOf, targetLevelFor } from './build-option';

const points: TrendPoint[] = [
  { period: '2025-11-01', value: 14_100, live: false },
  { period: '2025-12-01', value: 14_500, live: false },
  { period: '2026-01-01', value: 14_826, live: true },
];
const [, , live] = points as [TrendPoint, TrendPoint, TrendPoint];

const line = (level: number | null = null, lang: 'zh-CN' | 'en' = 'zh-CN') => partOf(buildTrendOption(points, level, lang), 'series');

describe('buildTrendOption', () => {
  it('puts one month per point on the x axis, written as year-month', () => {
    expect(partOf(buildTrendOption(points, null, 'zh-CN'), 'xAxis').data).toEqual(points.map((p) => p.period.slice(0, 7)));
  });

  it('draws the slots as a line with a filled area', () => {
    const series = line();
    expect(series.type).toBe('line');
    expect(series.areaStyle).toBeDefined();
    expect(listOf(series, 'data').map((d) => (typeof d === 'number' ? d : (d as { value: number }).value))).toEqual(points.map((p) => p.value));
  });

  it('marks the live month with its own symbol and a label, and leaves past months plain', () => {
    const data = listOf(line(), 'data');
    expect(data.slice(0, 2)).toEqual(points.slice(0, 2).map((p) => p.value));
    const marked = data[2] as { symbol: string; label: { show: boolean; formatter: string } };
    expect(marked.symbol).not.toBe(line().symbol);
    expect(marked.label).toMatchObject({ show: true, formatter: `实时 ${formatCount(live.value, '个')}` });
  });

  it('draws a dashed line at the target level with its label', () => {
    const markLine = field(line(20_700), 'markLine');
    expect(markLine.data).toEqual([{ yAxis: 20_700 }]);
    expect(field(markLine, 'lineStyle').type).toBe('dashed');
    expect(field(markLine, 'label').formatter).toBe(`目标 ${formatWan(20_700, '个')}`);
  });

  it('labels the target line in English in English', () => {
    expect(field(field(line(20_700, 'en'), 'markLine'), 'label').formatter).toBe(`Target ${formatCount(20_700)}`);
  });

  it('has an empty target line without a target, so an update clears an old one', () => {
    expect(field(line(null), 'markLine').data).toEqual([]);
  });

  it('stretches the value axis to the target level', () => {
    expect(partOf(buildTrendOption(points, 20_700, 'zh-CN'), 'yAxis').dataMax).toBe(20_700);
    expect(partOf(buildTrendOption(points, null, 'zh-CN'), 'yAxis').dataMax).toBe(0);
  });

  it('writes value-axis labels in 万 without a unit in Chinese and in full in English', () => {
    const zh = field(partOf(buildTrendOption(points, null, 'zh-CN'), 'yAxis'), 'axisLabel');
    const en = field(partOf(buildTrendOption(points, null, 'en'), 'yAxis'), 'axisLabel');
    expect(callFormatter(zh.formatter, 15_000)).toBe('1.5万');
    expect(callFormatter(zh.formatter, 9_000)).toBe('0.9万');
    expect(callFormatter(en.formatter, 15_000)).toBe(formatCount(15_000));
    expect(zh.fontSize).toBeGreaterThanOrEqual(18);
  });

  it('describes every month with its slots, the live one and the target for screen readers', () => {
    const description = ariaDescription(buildTrendOption(points, 20_700, 'zh-CN'));
    for (const p of points) expect(description).toContain(`${monthOf(p.period)} ${formatCount(p.value, '个')}`);
    expect(description).toContain(`${formatCount(live.value, '个')}（实时）`);
    expect(description).toContain(`目标 ${formatWan(20_700, '个')}`);
  });

  it('glides to new figures on live updates', () => {
    expect(buildTrendOption(points, null, 'en').animationDurationUpdate).toBe(UPDATE_ANIMATION_MS);
  });
});

describe('targetLevelFor', () => {
  it('adds an INCREASE target to its baseline', () => {
    const t = target({ kind: 'INCREASE', baseline: 11_966, targetValue: 2_000 });
    expect(targetLevelFor(overview({ targets: [t] }))).toBe(t.baseline + t.targetValue);
  });

  it('takes a LEVEL target as the level itself', () => {
    expect(targetLevelFor(overview({ targets: [target({ kind: 'LEVEL', targetValue: 16_000 })] }))).toBe(16_000);
  });

  it('turns a PER_1000 target into slots with the city population', () => {
    const city = overview({ population: 4_600_000, targets: [target({ kind: 'PER_1000', targetValue: 4.5 })] });
    expect(targetLevelFor(city)).toBeCloseTo((4.5 * city.population) / 1000, 6);
  });

  it('uses the slots target with the latest deadline', () => {
    const old = target({ id: '1', deadline: '2023-12-31', kind: 'INCREASE', baseline: 11_966, targetValue: 2_000 });
    const running = target({ id: '3', deadline: '2026-12-31', kind: 'INCREASE', baseline: 14_900, targetValue: 800 });
    expect(targetLevelFor(overview({ targets: [old, running] }))).toBe(running.baseline + running.targetValue);
  });

  it('takes the first of two slots targets with the same deadline', () => {
    const first = target({ id: '1', deadline: '2026-12-31', kind: 'LEVEL', targetValue: 16_000 });
    const second = target({ id: '2', deadline: '2026-12-31', kind: 'LEVEL', targetValue: 17_000 });
    expect(targetLevelFor(overview({ targets: [first, second] }))).toBe(first.targetValue);
  });

  it('ignores targets on other indicators, even later ones', () => {
    const slots = target({ kind: 'LEVEL', deadline: '2025-12-31', targetValue: 16_000 });
    const meals = target({ indicatorKey: 'meal_assistance_points', kind: 'INCREASE', deadline: '2026-12-31', baseline: 300, targetValue: 100 });
    expect(targetLevelFor(overview({ targets: [slots, meals] }))).toBe(slots.targetValue);
  });

  it('is null for a city without a slots target', () => {
    expect(targetLevelFor(overview({ targets: [] }))).toBeNull();
  });
});

describe('the trend’s value axis', () => {
  it('starts near the figures rather than at zero', () => {
    expect(partOf(buildTrendOption([{ period: '2026-01-01', value: 14_000, live: false }], null, 'zh-CN'), 'yAxis').scale).toBe(true);
  });

  it('writes every label in 万 at the decimals the figures’ spread needs', () => {
    expect(wanDecimals([12_000, 16_000])).toBe(1);
    expect(wanDecimals([0, 80_000])).toBe(0);
    expect(wanDecimals([14_500, 14_900])).toBe(2);
    expect(wanAxisLabel(9_000, 1)).toBe('0.9万');
    expect(wanAxisLabel(18_000, 1)).toBe('1.8万');
  });
});
