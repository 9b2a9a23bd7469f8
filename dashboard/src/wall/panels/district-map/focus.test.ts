import type { EChartsOption } from 'echarts';
import { MapChart } from 'echarts/charts';
import { AriaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { listOf, partOf } from '../read-option';
import { buildMapOption } from './build-option';
import { withFocus } from './focus';
import { cityGeoJson, cityOverview, wallCanvas } from './map-fixtures';

echarts.use([MapChart, MarkLineComponent, VisualMapComponent, TooltipComponent, AriaComponent, LabelLayout, SVGRenderer]);

const city = cityOverview('421000');
const built = buildMapOption(city, wallCanvas('421000'), 'slots', 'zh-CN');
const names = listOf(partOf(built, 'series'), 'data').map((item) => (item as { name: string }).name);

/** What ECharts' map series model answers about its selection. */
interface MapSeriesModel {
  getData(): { count(): number; getName(index: number): string };
  isSelected(index: number): boolean;
}

/** The names of the areas the chart's map series has selected now. */
function selectedIn(chart: ReturnType<typeof echarts.init>): string[] {
  const model = (chart as unknown as { getModel(): { getSeriesByIndex(index: number): MapSeriesModel } }).getModel().getSeriesByIndex(0);
  const data = model.getData();
  return Array.from({ length: data.count() }, (_, i) => i).filter((i) => model.isSelected(i)).map((i) => data.getName(i));
}

describe('withFocus', () => {
  it('selects the district in focus and names every other district of the map as not selected', () => {
    const series = partOf(withFocus(built, '公安县'), 'series');
    expect(series.selectedMap).toEqual(Object.fromEntries(names.map((name) => [name, name === '公安县'])));
    expect(Object.keys(series.selectedMap as object)).toHaveLength(8);
  });

  it('names every district as not selected on the city view, so a district focused before is cleared', () => {
    expect(Object.values(partOf(withFocus(built, null), 'series').selectedMap as object)).toEqual(names.map(() => false));
  });

  it('leaves the selecting to the rotation: a click or touch on the map selects nothing', () => {
    expect(partOf(withFocus(built, '沙市区'), 'series').selectedMode).toBe(false);
  });

  it('keeps everything else of the option as built, the labels’ placement included', () => {
    const focused = withFocus(built, '沙市区');
    const { selectedMap, selectedMode, ...rest } = partOf(focused, 'series');
    expect(selectedMap).toBeDefined();
    expect(selectedMode).toBe(false);
    expect(rest).toEqual(partOf(built, 'series'));
    expect({ ...focused, series: undefined }).toEqual({ ...built, series: undefined });
  });

  it('leaves series other than the map as they are', () => {
    const bar = { type: 'bar', data: [{ name: '沙市区', value: 1 }] } as const;
    const option = withFocus({ ...built, series: [...(built.series as object[]), bar] } as EChartsOption, '沙市区');
    expect(partOf(option, 'series', 1)).toEqual(bar);
  });

  it('selects exactly the district in focus at every step of a rotation, and none on the city view after it, in one ECharts instance updated by setOption as the wall updates it', () => {
    if (!echarts.getMap('421000')) echarts.registerMap('421000', cityGeoJson('421000') as Parameters<typeof echarts.registerMap>[1]);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 698, height: 542 });
    try {
      const steps = [null, '沙市区', '荆州区', '公安县', '监利市', null, '沙市区'];
      const seen = steps.map((focused) => {
        chart.setOption({ ...withFocus(built, focused), animation: false });
        return selectedIn(chart);
      });
      expect(seen).toEqual(steps.map((focused) => (focused ? [focused] : [])));
    } finally {
      chart.dispose();
    }
  });
});
