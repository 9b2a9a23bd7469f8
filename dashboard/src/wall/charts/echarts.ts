// ECharts through echarts/core with only what the wall draws: about a third of the full build.
// LabelLayout: the district map places its labels itself (series-map labelLayout).
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, MarkPointComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { type DistrictShapes, districtShapes } from '../geo/district-shapes';

echarts.use([MapChart, BarChart, LineChart, ScatterChart, GridComponent, TooltipComponent, VisualMapComponent, MarkLineComponent, MarkPointComponent, AriaComponent, LabelLayout, CanvasRenderer]);

export { echarts };

// District boundaries, one chunk per city, fetched when a screen first shows that city.
const maps = import.meta.glob<object>('../geo/*.json', { import: 'default' });
const loaded = new Map<string, CityMap>();

/** A city's map as registered with ECharts, with the outlines its labels are laid out by. */
export interface CityMap {
  name: string;
  shapes: DistrictShapes;
}

/** Registers the city's map with ECharts (once) and returns it, or null if there is none. */
export async function loadCityMap(cityCode: string): Promise<CityMap | null> {
  const known = loaded.get(cityCode);
  if (known) return known;
  const load = maps[`../geo/${cityCode}.json`];
  if (!load) return null;
  const geoJson = await load();
  const map = { name: cityCode, shapes: districtShapes(geoJson) };
  if (!echarts.getMap(cityCode)) echarts.registerMap(cityCode, geoJson as Parameters<typeof echarts.registerMap>[1]);
  loaded.set(cityCode, map);
  return map;
}
