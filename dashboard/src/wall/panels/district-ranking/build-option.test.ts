import { describe, expect, it } from 'vitest';
import { formatCount, formatRatio } from '../../../shared/format/number';
import { UPDATE_ANIMATION_MS } from '../chart-base';
import { ariaDescription, callFormatter, field, partOf } from '../read-option';
import { district, jianli, jingzhouDistrict, overview, shashi } from '../test-fixtures';
import { buildRankingOption, rankDistricts } from './build-option';
import { darkTheme } from '../theme';

const city = overview();
const bySlotsDescending = [...city.districts].sort((a, b) => b.slots - a.slots);

describe('buildRankingOption', () => {
  it('lists the districts on the category axis from most to fewest slots', () => {
    const yAxis = partOf(buildRankingOption(city, 'slots', 'zh-CN'), 'yAxis');
    expect(yAxis.type).toBe('category');
    expect(yAxis.data).toEqual(bySlotsDescending.map((d) => d.name));
  });

  it('draws the largest on top by inverting the category axis', () => {
    expect(partOf(buildRankingOption(city, 'slots', 'zh-CN'), 'yAxis').inverse).toBe(true);
  });

  it('draws horizontal bars valued in the same order as the names', () => {
    const option = buildRankingOption(city, 'slots', 'zh-CN');
    const series = partOf(option, 'series');
    expect(series.type).toBe('bar');
    expect(partOf(option, 'xAxis').type).toBe('value');
    expect(series.data).toEqual(bySlotsDescending.map((d) => d.slots));
  });

  it('names the districts in English in English', () => {
    expect(partOf(buildRankingOption(city, 'slots', 'en'), 'yAxis').data).toEqual(bySlotsDescending.map((d) => d.nameEn));
  });

  it('labels each bar end with its slots and unit', () => {
    const label = field(partOf(buildRankingOption(city, 'slots', 'zh-CN'), 'series'), 'label');
    const texts = bySlotsDescending.map((_, dataIndex) => callFormatter(label.formatter, { dataIndex }));
    expect(texts).toEqual(bySlotsDescending.map((d) => `${formatCount(d.slots)} 个`));
    expect(label.position).toBe('right');
  });

  it('ranks by the per-1,000 rate with two decimals and puts a district without a rate last', () => {
    const option = buildRankingOption(city, 'slotsPer1000', 'zh-CN');
    const series = partOf(option, 'series');
    expect(partOf(option, 'yAxis').data).toEqual([shashi.name, jianli.name, jingzhouDistrict.name]);
    expect(series.data).toEqual([shashi.slotsPer1000, jianli.slotsPer1000, '-']);
    const label = field(series, 'label');
    expect(callFormatter(label.formatter, { dataIndex: 1 })).toBe(`${formatRatio(jianli.slotsPer1000, 2)} 个/千人`);
    expect(callFormatter(label.formatter, { dataIndex: 2 })).toBe('—');
  });

  it('describes every district with its value, highest first, for screen readers', () => {
    const description = ariaDescription(buildRankingOption(city, 'slots', 'en'));
    const positions = bySlotsDescending.map((d) => description.indexOf(`${d.nameEn} ${formatCount(d.slots)}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('reads category labels from across the room and glides on updates', () => {
    const option = buildRankingOption(city, 'slots', 'zh-CN');
    expect(field(partOf(option, 'yAxis'), 'axisLabel').fontSize).toBeGreaterThanOrEqual(18);
    expect(option.animationDurationUpdate).toBe(UPDATE_ANIMATION_MS);
  });

  it('says there is no data when the city has no districts', () => {
    expect(ariaDescription(buildRankingOption(overview({ districts: [] }), 'slots', 'zh-CN'))).toContain('暂无数据');
  });
});

describe('rankDistricts', () => {
  it('keeps the given order of districts that tie', () => {
    const a = district({ name: '甲', nameEn: 'A', slots: 10 });
    const b = district({ name: '乙', nameEn: 'B', slots: 10 });
    expect(rankDistricts([a, b], 'slots').map((r) => r.district.name)).toEqual(['甲', '乙']);
  });

  it('draws the district in focus, and only it, in the map’s selection colour, its bar and its name', () => {
    const option = buildRankingOption(city, 'slots', 'zh-CN', shashi.code);
    const names = partOf(option, 'yAxis').data as unknown[];
    const bars = partOf(option, 'series').data as unknown[];
    const at = bySlotsDescending.findIndex((d) => d.code === shashi.code);
    expect(names[at]).toEqual({ value: shashi.name, textStyle: { color: darkTheme.warn, fontWeight: 'bold' } });
    expect(bars[at]).toEqual({ value: shashi.slots, itemStyle: { color: darkTheme.warn } });
    expect(names.filter((n, i) => i !== at)).toEqual(bySlotsDescending.filter((d) => d.code !== shashi.code).map((d) => d.name));
    expect(bars.filter((b, i) => i !== at)).toEqual(bySlotsDescending.filter((d) => d.code !== shashi.code).map((d) => d.slots));
  });

  it('draws every bar alike on the city view', () => {
    expect(partOf(buildRankingOption(city, 'slots', 'zh-CN', null), 'yAxis').data).toEqual(bySlotsDescending.map((d) => d.name));
    expect(partOf(buildRankingOption(city, 'slots', 'zh-CN', null), 'series').data).toEqual(bySlotsDescending.map((d) => d.slots));
  });
});
