import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { useSlotTrend } from '../../hooks/useSlotTrend';
import { t } from '../../i18n';
import { calendarDate } from '../../wall/time';
import { PanelFrame } from '../../wall/PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildTrendOption, targetLevelFor } from './build-option';

export function SlotTrendPanel({ lang, overview, asOf, error, today }: PanelProps & { today: Date }) {
  const to = `${calendarDate(today).slice(0, 7)}-28`;
  const { points, error: trendError } = useSlotTrend(overview?.code, to, overview?.generatedAt);
  const option = useMemo(() => (overview && points ? buildTrendOption(points, targetLevelFor(overview), lang) : undefined), [points, overview, lang]);
  return (
    <PanelFrame title={t(lang, 'trend')} testId="panel-trend" lang={lang} asOf={asOf} error={error ?? trendError?.message}>
      <EChart option={option} label={t(lang, 'trend')} />
    </PanelFrame>
  );
}
