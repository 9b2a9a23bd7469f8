import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildRankingOption } from './build-option';
import type { DistrictMetric } from '../district-metric';

export function DistrictRankingPanel({ lang, overview, asOf, error, focus, metric }: PanelProps & { focus: string | null; metric: DistrictMetric }) {
  const option = useMemo(() => (overview ? buildRankingOption(overview, metric, lang, focus) : undefined), [overview, lang, metric, focus]);
  const title = t(lang, metric === 'slots' ? 'ranking' : 'rankingPer1000');
  return (
    <PanelFrame title={title} testId="panel-ranking" lang={lang} asOf={asOf} error={error}>
      <EChart option={option} label={title} scope={overview?.code} />
    </PanelFrame>
  );
}
