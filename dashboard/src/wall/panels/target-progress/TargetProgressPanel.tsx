import { useCallback, useMemo, useState } from 'react';
import { EChart, type ChartSize } from '../../charts/EChart';
import { useCycle } from '../../hooks/useCycle';
import { t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildTargetOption } from './build-option';
import { PAGE_SECONDS, pageCount, pageMarker, pageOf, targetsPerPage } from './target-pages';

export function TargetProgressPanel({ lang, overview, asOf, error }: PanelProps) {
  const [height, setHeight] = useState<number | undefined>(undefined);
  const onSize = useCallback((size: ChartSize) => setHeight(size.height), []);
  const targets = overview?.targets;
  const perPage = targetsPerPage(height);
  const pages = pageCount(targets?.length ?? 0, perPage);
  const page = useCycle(pages, PAGE_SECONDS * 1000);
  const option = useMemo(() => (targets ? buildTargetOption(pageOf(targets, perPage, page), lang) : undefined), [targets, perPage, page, lang]);
  const marker = pageMarker(page, pages);
  const title = t(lang, 'targets');
  return (
    <PanelFrame title={marker ? `${title} ${marker}` : title} testId="panel-targets" lang={lang} asOf={asOf} error={error}>
      <EChart option={option} label={title} onSize={onSize} />
    </PanelFrame>
  );
}
