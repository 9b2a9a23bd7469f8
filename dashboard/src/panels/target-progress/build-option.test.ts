import { describe, expect, it } from 'vitest';
import { UPDATE_ANIMATION_MS } from '../chart-base';
import { ariaDescription, callFormatter, field, listOf, partOf, partsOf } from '../read-option';
import { target } from '../test-fixtures';
import { darkTheme } from '../theme';
import { DISPLAY_CAP_PERCENT, buildTargetOption, progressLabel } from './build-option';

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

  it('labels a capped bar with its true progress', () => {
    const label = field(bars(), 'label');
    expect(callFormatter(label.formatter, { dataIndex: 3 })).toBe(`${Math.round(far.progress! * 100)}%`);
    expect(callFormatter(label.formatter, { dataIndex: 2 })).toBe('—');
  });

  it('colours bars good when on track, warn when behind and grey when unknown', () => {
    const colours = listOf(bars(), 'data').map((d) => (d as { itemStyle: { color: string } }).itemStyle.color);
    expect(colours).toEqual([darkTheme.good, darkTheme.warn, darkTheme.neutral, darkTheme.good]);
  });

  it('marks 100% with a line', () => {
    expect(field(bars(), 'markLine').data).toEqual([{ xAxis: 100 }]);
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
    expect(field(xAxis, 'axisLabel')).toMatchObject({ formatter: '{value}%' });
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
