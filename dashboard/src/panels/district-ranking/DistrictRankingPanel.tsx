import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { t } from '../../i18n';
import { PanelFrame } from '../../wall/PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildRankingOption } from './build-option';

export function DistrictRankingPanel({ lang, overview, asOf, error }: PanelProps & { focus: string | null }) {
  const option = useMemo(() => (overview ? buildRankingOption(overview, 'slots', lang) : undefined), [overview, lang]);
  return (
    <PanelFrame title={t(lang, 'ranking')} testId="panel-ranking" lang={lang} asOf={asOf} error={error}>
      <EChart option={option} label={t(lang, 'ranking')} />
    </PanelFrame>
  );
}
