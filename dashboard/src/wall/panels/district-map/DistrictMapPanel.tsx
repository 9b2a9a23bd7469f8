import { useCallback, useEffect, useMemo, useState } from 'react';
import { type ChartSize, EChart } from '../../charts/EChart';
import { type CityMap, loadCityMap } from '../../charts/echarts';
import { t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildMapOption } from './build-option';
import { withFocus } from './focus';
import { mapLegend } from './legend';
import { MapLegendBox } from './MapLegendBox';
import { darkTheme } from '../theme';
import type { DistrictMetric } from '../district-metric';

export function DistrictMapPanel({ lang, overview, asOf, error, focus, metric }: PanelProps & { focus: string | null; metric: DistrictMetric }) {
  const code = overview?.code;
  const [map, setMap] = useState<CityMap | null>(null);
  const [size, setSize] = useState<ChartSize | null>(null);
  const [mapError, setMapError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!code) return;
    let current = true;
    loadCityMap(code).then(
      (loaded) => current && setMap(loaded),
      (e: Error) => current && setMapError(e.message),
    );
    return () => {
      current = false;
    };
  }, [code]);
  const onSize = useCallback((next: ChartSize) => setSize((last) => (last?.width === next.width && last.height === next.height ? last : next)), []);
  const built = useMemo(() => {
    // Labels are laid out in pixels: nothing is drawn before the chart's size is known.
    if (!overview || !map || map.name !== overview.code || !size || size.width === 0 || size.height === 0) return undefined;
    return buildMapOption(overview, { ...map, ...size }, metric, lang);
  }, [overview, map, size, lang, metric]);
  // The district in focus (rotation) stands out; on the city view (no focus) none does.
  const focused = overview?.districts.find((d) => d.code === focus)?.name ?? null;
  const option = useMemo(() => built && withFocus(built, focused), [built, focused]);
  const legend = useMemo(() => (built && overview ? mapLegend(overview, metric, lang, darkTheme.sequential) : null), [built, overview, metric, lang]);
  const title = t(lang, metric === 'slots' ? 'map' : 'mapPer1000');
  return (
    <PanelFrame title={title} testId="panel-map" lang={lang} asOf={asOf} error={error ?? mapError}>
      <EChart option={option} label={title} onSize={onSize} scope={overview?.code} />
      {legend ? <MapLegendBox legend={legend} /> : null}
    </PanelFrame>
  );
}
