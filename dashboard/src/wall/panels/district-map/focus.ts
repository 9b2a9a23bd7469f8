/**
 * The district in focus while the wall rotates through a city's districts, as ECharts'
 * selection of the map series.
 *
 * The selection is given as the series' `selectedMap`, naming every area, selected or not,
 * on every update. Setting only the data items' `selected` flags does not work: ECharts
 * reads them once, into the series' `selectedMap`, and ignores them from then on while
 * that map exists; setOption merges into it, so the first district stayed selected for the
 * rest of the rotation (and on the city view after it). Naming every area overwrites each
 * one's state from the last update.
 */
import type { EChartsOption } from 'echarts';

/**
 * `option` with exactly the area named `focused` selected (none for null: the city view).
 * Areas are named by the map's feature names (the districts' Chinese names). Selecting is
 * left to the rotation alone (`selectedMode: false`): a touch on a touch-screen wall does
 * not select a second district.
 */
export function withFocus(option: EChartsOption, focused: string | null): EChartsOption {
  const list = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const series = list.map((s) => {
    if (s.type !== 'map') return s;
    const names = (Array.isArray(s.data) ? s.data : []).flatMap((item) => (typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string' ? [item.name] : []));
    return { ...s, selectedMode: false, selectedMap: Object.fromEntries(names.map((name) => [name, name === focused])) };
  });
  return { ...option, series } as EChartsOption;
}
