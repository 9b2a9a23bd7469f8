import { describe, expect, it } from 'vitest';
import { formatCount, formatRatio } from '../../../shared/format/number';
import { UPDATE_ANIMATION_MS } from '../chart-base';
import { ariaDescription, callFormatter, field, listOf, partOf } from '../read-option';
import { jianli, jingzhouDistrict as jingzhou, overview, shashi } from '../test-fixtures';
import { darkTheme } from '../theme';
import { buildMapOption, visualRange } from './build-option';
import { wallCanvas } from './map-fixtures';

const city = overview();
const jingzhouMap = wallCanvas('421000');

describe('buildMapOption', () => {
  it('draws a map series on the map registered under the name it is given', () => {
    const series = partOf(buildMapOption(city, jingzhouMap, 'slots', 'zh-CN'), 'series');
    expect(series.type).toBe('map');
    expect(series.map).toBe('421000');
  });

  it('has one data item per district, named by the Chinese GeoJSON feature name, valued by slots', () => {
    const data = listOf(partOf(buildMapOption(city, jingzhouMap, 'slots', 'zh-CN'), 'series'), 'data');
    expect(data.slice(0, city.districts.length)).toMatchObject(city.districts.map((d) => ({ name: d.name, value: d.slots })));
  });

  it('lists the areas of the map the overview does not name after its districts, without a figure', () => {
    const data = listOf(partOf(buildMapOption(city, jingzhouMap, 'slots', 'zh-CN'), 'series'), 'data');
    const named = new Set(city.districts.map((d) => d.name));
    const rest = jingzhouMap.shapes.districts.map((d) => d.name).filter((name) => !named.has(name));
    expect(rest.length).toBeGreaterThan(0);
    expect(data.slice(city.districts.length)).toMatchObject(rest.map((name) => ({ name, value: '-' })));
  });

  it('keeps the Chinese feature names as data names in English, or no area would match', () => {
    const data = listOf(partOf(buildMapOption(city, jingzhouMap, 'slots', 'en'), 'series'), 'data');
    expect(data.map((d) => (d as { name: string }).name).slice(0, city.districts.length)).toMatchObject(city.districts.map((d) => d.name));
  });

  it('values districts by slots per 1,000 residents and marks a missing rate as no data', () => {
    const data = listOf(partOf(buildMapOption(city, jingzhouMap, 'slotsPer1000', 'zh-CN'), 'series'), 'data');
    expect(data.slice(0, 3)).toMatchObject([
      { name: shashi.name, value: shashi.slotsPer1000 },
      { name: jianli.name, value: jianli.slotsPer1000 },
      { name: jingzhou.name, value: '-' },
    ]);
  });

  it('labels a district with its Chinese name and slots on two lines', () => {
    const label = field(partOf(buildMapOption(city, jingzhouMap, 'slots', 'zh-CN'), 'series'), 'label');
    expect(callFormatter(label.formatter, { name: shashi.name })).toBe(`${shashi.name}\n${formatCount(shashi.slots)} 个`);
  });

  it('labels a district with its English name and a bare number in English', () => {
    const label = field(partOf(buildMapOption(city, jingzhouMap, 'slots', 'en'), 'series'), 'label');
    expect(callFormatter(label.formatter, { name: shashi.name })).toBe(`${shashi.nameEn}\n${formatCount(shashi.slots)}`);
  });

  it('shows the per-1,000 rate with two decimals, and a dash where it is missing', () => {
    const label = field(partOf(buildMapOption(city, jingzhouMap, 'slotsPer1000', 'zh-CN'), 'series'), 'label');
    expect(callFormatter(label.formatter, { name: jianli.name })).toBe(`${jianli.name}\n${formatRatio(jianli.slotsPer1000, 2)} 个/千人`);
    expect(callFormatter(label.formatter, { name: jingzhou.name })).toBe(`${jingzhou.name}\n—`);
  });

  it('sets the colour scale from the smallest to the largest district value with the sequential palette', () => {
    const visualMap = partOf(buildMapOption(city, jingzhouMap, 'slots', 'zh-CN'), 'visualMap');
    const slots = city.districts.map((d) => d.slots);
    expect(visualMap).toMatchObject({ type: 'continuous', min: Math.min(...slots), max: Math.max(...slots) });
    expect(field(visualMap, 'inRange').color).toEqual([...darkTheme.sequential]);
  });

  it('leaves districts without a rate out of the colour scale', () => {
    const visualMap = partOf(buildMapOption(city, jingzhouMap, 'slotsPer1000', 'zh-CN'), 'visualMap');
    expect(visualMap).toMatchObject({ min: jianli.slotsPer1000, max: shashi.slotsPer1000 });
  });

  it('gives the tooltip the district, the figure named and its value, in the wall language', () => {
    const tooltip = partOf(buildMapOption(city, jingzhouMap, 'slots', 'en'), 'tooltip');
    expect(callFormatter(tooltip.formatter, { name: jianli.name })).toBe(`${jianli.nameEn}<br/>Childcare slots: ${formatCount(jianli.slots)}`);
  });

  it('escapes markup in names that reach the HTML tooltip', () => {
    const odd = overview({ districts: [{ ...shashi, name: '<b>区</b>', nameEn: '<b>' }] });
    const tooltip = partOf(buildMapOption(odd, jingzhouMap, 'slots', 'zh-CN'), 'tooltip');
    expect(callFormatter(tooltip.formatter, { name: '<b>区</b>' })).not.toContain('<b>');
  });

  it('describes every district and its value for screen readers', () => {
    const description = ariaDescription(buildMapOption(city, jingzhouMap, 'slots', 'zh-CN'));
    for (const d of city.districts) expect(description).toContain(`${d.name} ${formatCount(d.slots)} 个`);
  });

  it('animates live updates and keeps the background transparent', () => {
    const option = buildMapOption(city, jingzhouMap, 'slots', 'zh-CN');
    expect(option.animationDurationUpdate).toBe(UPDATE_ANIMATION_MS);
    expect(option.backgroundColor).toBe('transparent');
  });

  it('uses label and scale text big enough to read from across the room', () => {
    const option = buildMapOption(city, jingzhouMap, 'slots', 'zh-CN');
    expect(field(partOf(option, 'series'), 'label').fontSize).toBeGreaterThanOrEqual(18);
    expect(field(partOf(option, 'visualMap'), 'textStyle').fontSize).toBeGreaterThanOrEqual(18);
  });
});

describe('visualRange', () => {
  it('spans the smallest to the largest value', () => {
    expect(visualRange([3, 9, 4])).toEqual({ min: 3, max: 9 });
  });

  it('widens a flat scale, so equal districts still get a colour', () => {
    expect(visualRange([5, 5])).toEqual({ min: 5, max: 6 });
  });

  it('falls back to 0 to 1 when no district has a value', () => {
    expect(visualRange([])).toEqual({ min: 0, max: 1 });
  });
});
