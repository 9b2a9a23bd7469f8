import { useEffect, useMemo, useState } from 'react';
import { EChart } from '../../charts/EChart';
import { loadCityMap } from '../../charts/echarts';
import { t } from '../../i18n';
import { PanelFrame } from '../../wall/PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildMapOption } from './build-option';
import type { DistrictMetric } from '../district-metric';

export function DistrictMapPanel({ lang, overview, asOf, error, focus, metric }: PanelProps & { focus: string | null; metric: DistrictMetric }) {
  const code = overview?.code;
  const [mapName, setMapName] = useState<string | null>(null);
  const [mapError, setMapError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!code) return;
    let current = true;
    loadCityMap(code).then(
      (name) => current && setMapName(name),
      (e: Error) => current && setMapError(e.message),
    );
    return () => {
      current = false;
    };
  }, [code]);
  const option = useMemo(() => {
    if (!overview || !mapName || mapName !== overview.code) return undefined;
    const built = buildMapOption(overview, mapName, metric, lang);
    if (!focus) return built;
    // The district in focus (rotation) stands out; the rest stay as they are.
    const focused = overview.districts.find((d) => d.code === focus)?.name;
    const series = (Array.isArray(built.series) ? built.series : [built.series]).map((s) => ({ ...s, selectedMode: 'single', data: (s as { data?: { name: string }[] }).data?.map((d) => ({ ...d, selected: d.name === focused })) }));
    return { ...built, series } as typeof built;
  }, [overview, mapName, lang, focus, metric]);
  return (
    <PanelFrame title={t(lang, 'map')} testId="panel-map" lang={lang} asOf={asOf} error={error ?? mapError}>
      <EChart option={option} label={t(lang, 'map')} />
    </PanelFrame>
  );
}
