import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { useSlotTrend } from '../../hooks/useSlotTrend';
import { t } from '../../i18n';
import { calendarDate } from '../../../shared/format/datetime';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildTrendOption, targetLevelFor } from './build-option';
import { withLiveMonth } from './live-month';

export function SlotTrendPanel({ lang, overview, asOf, error, today }: PanelProps & { today: Date }) {
  const date = calendarDate(today);
  const { points, error: trendError } = useSlotTrend(overview?.code, date);
  const option = useMemo(
    () => (overview && points ? buildTrendOption(withLiveMonth(points, overview.slots, date.slice(0, 7)), targetLevelFor(overview), lang) : undefined),
    [points, overview, lang, date],
  );
  return (
    <PanelFrame title={t(lang, 'trend')} testId="panel-trend" lang={lang} asOf={asOf} error={error ?? trendError?.message}>
      <EChart option={option} label={t(lang, 'trend')} />
    </PanelFrame>
  );
}
