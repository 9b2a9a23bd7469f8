import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { t } from '../../i18n';
import { PanelFrame } from '../../wall/PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildTargetOption } from './build-option';

export function TargetProgressPanel({ lang, overview, asOf, error }: PanelProps) {
  const option = useMemo(() => (overview ? buildTargetOption(overview.targets, lang) : undefined), [overview, lang]);
  return (
    <PanelFrame title={t(lang, 'targets')} testId="panel-targets" lang={lang} asOf={asOf} error={error}>
      <EChart option={option} label={t(lang, 'targets')} />
    </PanelFrame>
  );
}
