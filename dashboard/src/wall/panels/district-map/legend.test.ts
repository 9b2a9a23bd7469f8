import { describe, expect, it } from 'vitest';
import { darkTheme } from '../theme';
import { jianli, overview, shashi } from '../test-fixtures';
import { colourAt, contrastRatio, mapLegend, readableOn } from './legend';

const city = overview({ districts: [shashi, jianli] });

describe('mapLegend', () => {
  it('titles the legend with the figure and its unit and gives its highest and lowest figures', () => {
    expect(mapLegend(city, 'slots', 'zh-CN', darkTheme.sequential)).toMatchObject({ title: ['托位数', '（个）'], max: '3,120', min: '2,460' });
    expect(mapLegend(city, 'slotsPer1000', 'zh-CN', darkTheme.sequential)).toMatchObject({ title: ['每千人口托位数', '（个/千人）'], max: '4.10', min: '3.13' });
  });

  it('has no legend for a city without figures', () => {
    expect(mapLegend(overview({ districts: [] }), 'slots', 'en', darkTheme.sequential)).toBeNull();
  });
});

describe('label colours on the map', () => {
  it('follows the scale’s stops from the lowest to the highest figure', () => {
    expect(colourAt(0, 0, 10, darkTheme.sequential)).toBe(darkTheme.sequential[0]);
    expect(colourAt(10, 0, 10, darkTheme.sequential)).toBe(darkTheme.sequential[4]);
  });

  it('sets dark text on the light cyan end and on the yellow of focus, light text on the dark end, each at least 4.5:1', () => {
    const light = darkTheme.text;
    const dark = darkTheme.edge;
    for (const background of [darkTheme.sequential[4], darkTheme.warn, darkTheme.sequential[0]]) {
      expect(contrastRatio(readableOn(background, light, dark), background), background).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableOn(darkTheme.sequential[4], light, dark)).toBe(dark);
    expect(readableOn(darkTheme.sequential[0], light, dark)).toBe(light);
  });
});
