import { t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { figureText, keyFigures } from './figures';
import { RollingNumber } from './RollingNumber';

/** Six tiles: each its value with its unit, its change on a year earlier and the period it is for. */
export function KeyFiguresPanel({ lang, overview, asOf, error }: PanelProps) {
  const figures = overview ? keyFigures(overview, lang) : [];
  return (
    <PanelFrame title={t(lang, 'keyFigures')} testId="panel-key-figures" lang={lang} asOf={asOf} error={error}>
      <ul className="figures">
        {figures.map((figure) => (
          <li className="figure" key={figure.id}>
            <span className="figure-label">{figure.label}</span>
            <span className="figure-value" data-testid={figure.id === 'slots' ? 'total-slots' : `figure-${figure.id}`}>
              <RollingNumber value={figure.value} format={(v) => figureText(figure, v === null ? null : figure.decimals === 0 && figure.notation === 'plain' ? Math.round(v) : v)} />
              {figure.unit ? <span className="figure-unit">{figure.unit}</span> : null}
            </span>
            {figure.delta ? (
              <span className={`figure-delta ${figure.delta.down ? 'down' : ''} ${figure.delta.text === '—' ? 'none' : ''}`}>
                {figure.delta.label} {figure.delta.text}
              </span>
            ) : null}
            {figure.target !== undefined ? <span className="figure-target">{figure.target}</span> : null}
            {figure.period ? <span className="figure-period">{figure.period}</span> : null}
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}
