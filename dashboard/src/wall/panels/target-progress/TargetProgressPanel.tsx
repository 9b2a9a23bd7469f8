import { useCallback, useMemo, useState } from 'react';
import { EChart, type ChartSize } from '../../charts/EChart';
import { useCycle } from '../../hooks/useCycle';
import { t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { buildTargetOption } from './build-option';
import { PAGE_SECONDS, pageCount, pageMarker, pageOf, targetsPerPage } from './target-pages';

/** `today`: the city's date, which tells running targets from ended ones. */
export function TargetProgressPanel({ lang, overview, asOf, error, today }: PanelProps & { today: string }) {
  const [size, setSize] = useState<ChartSize | undefined>(undefined);
  const onSize = useCallback((next: ChartSize) => setSize((last) => (last?.width === next.width && last.height === next.height ? last : next)), []);
  const height = size?.height;
  const width = size?.width || 534;
  const targets = overview?.targets;
  const perPage = targetsPerPage(height);
  const pages = pageCount(targets?.length ?? 0, perPage);
  const page = useCycle(pages, PAGE_SECONDS * 1000);
  const indicators = overview?.indicators;
  const option = useMemo(
    () => (targets && indicators ? buildTargetOption(pageOf(targets, perPage, page), lang, { today, indicators, width }) : undefined),
    [targets, indicators, perPage, page, lang, today, width],
  );
  const marker = pageMarker(page, pages);
  const title = t(lang, 'targets');
  return (
    <PanelFrame title={marker ? `${title} ${marker}` : title} testId="panel-targets" lang={lang} asOf={asOf} error={error}>
      <div className="targets-key" aria-hidden="true">
        <span className="targets-key-tick" />
        {t(lang, 'expectedProgress')}
      </div>
      <EChart option={option} label={title} onSize={onSize} scope={overview?.code} />
    </PanelFrame>
  );
}
