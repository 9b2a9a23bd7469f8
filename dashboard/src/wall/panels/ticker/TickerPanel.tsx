import { useAggregateFeed } from '../../hooks/useAggregateFeed';
import { useTicker } from '../../hooks/useTicker';
import type { WallOverview } from '../../graphql/types';
import { type Lang, t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import { overviewSummary } from './aggregate-lines';
import { tickerLine } from './ticker-lines';

/**
 * The latest changes, newest first. With a screen token, every change (it names institutions);
 * without one, the city's aggregate changes and where it stands, which name none: the
 * audience never reads an instruction meant for the operator.
 */
export function TickerPanel({ lang, city, enabled, overview }: { lang: Lang; city: string; enabled: boolean; overview: WallOverview | undefined }) {
  const { events, error } = useTicker(city, enabled);
  const shown = overview?.code === city ? overview : undefined;
  const aggregate = useAggregateFeed(shown, lang, !enabled);
  if (!enabled) {
    const lines = shown ? [...aggregate, ...overviewSummary(shown, lang)] : [];
    return (
      <PanelFrame title={t(lang, 'ticker')} testId="panel-ticker" lang={lang} asOf={shown?.generatedAt}>
        <ul className="ticker ticker-aggregate">
          {lines.map((line) => (
            <li key={line.key}>{line.text}</li>
          ))}
        </ul>
      </PanelFrame>
    );
  }
  return (
    <PanelFrame title={t(lang, 'ticker')} testId="panel-ticker" lang={lang} asOf={events[0]?.at ?? null} error={error?.message}>
      {events.length === 0 ? (
        <p className="ticker-note">{t(lang, 'tickerEmpty')}</p>
      ) : (
        <ul className="ticker">
          {events.map((event) => (
            <li key={event.seq}>{tickerLine(event, lang)}</li>
          ))}
        </ul>
      )}
    </PanelFrame>
  );
}
