import { formatCount } from '../../../shared/format/number';
import { t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { figureText, keyFigures } from './figures';
import { RollingNumber } from './RollingNumber';

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
              <span className={`figure-delta ${figure.delta.value < 0 ? 'down' : ''}`}>
                {figure.delta.label} {figure.delta.value >= 0 ? '+' : ''}
                {formatCount(figure.delta.value)}
              </span>
            ) : figure.target !== undefined ? (
              <span className="figure-delta">{lang === 'en' ? `Target ${figure.target}` : `目标 ${figure.target}`}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}
