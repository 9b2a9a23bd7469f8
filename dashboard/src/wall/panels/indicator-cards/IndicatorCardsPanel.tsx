import { t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import type { PanelProps } from '../panel-props';
import { indicatorCards } from './cards';

/** 一老一小 side by side: childcare on the left, elderly care on the right. */
export function IndicatorCardsPanel({ lang, overview, asOf, error }: PanelProps) {
  const columns = overview ? indicatorCards(overview, lang) : [];
  return (
    // Recorded figures are of their own periods (each card names it): the header gives only when the snapshot was made.
    <PanelFrame title={`${t(lang, 'young')} / ${t(lang, 'old')}`} testId="panel-indicators" lang={lang} asOf={asOf} asOfLabel="updatedAt" error={error}>
      <div className="cards">
        {columns.map((column) => (
          <div key={column.category}>
            <h3>{column.title}</h3>
            <ul>
              {column.cards.map((card) => (
                <li className="card" key={card.key}>
                  <span className="card-name">{card.name}</span>
                  <span className="card-value">{card.value}</span>
                  <span className={`card-change ${card.good === true ? 'good' : card.good === false ? 'bad' : ''}`}>{card.change}</span>
                  <span className="card-period">{card.period}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </PanelFrame>
  );
}
