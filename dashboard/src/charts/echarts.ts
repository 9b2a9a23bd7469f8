// ECharts through echarts/core with only what the wall draws: about a third of the full build.
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, MarkPointComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, BarChart, LineChart, ScatterChart, GridComponent, TooltipComponent, VisualMapComponent, MarkLineComponent, MarkPointComponent, AriaComponent, CanvasRenderer]);

export { echarts };

// District boundaries, one chunk per city, fetched when a screen first shows that city.
const maps = import.meta.glob<object>('../geo/*.json', { import: 'default' });

/** Registers the city's map with ECharts (once) and returns its name, or null if there is none. */
export async function loadCityMap(cityCode: string): Promise<string | null> {
  if (echarts.getMap(cityCode)) return cityCode;
  const load = maps[`../geo/${cityCode}.json`];
  if (!load) return null;
  const geoJson = await load();
  echarts.registerMap(cityCode, geoJson as Parameters<typeof echarts.registerMap>[1]);
  return cityCode;
}
