import { useTicker } from '../../hooks/useTicker';
import { type Lang, t } from '../../i18n';
import { PanelFrame } from '../../PanelFrame';
import { tickerLine } from './ticker-lines';

/** The latest changes, newest first; it names institutions, so it needs a token. */
export function TickerPanel({ lang, city, enabled }: { lang: Lang; city: string; enabled: boolean }) {
  const { events, error } = useTicker(city, enabled);
  return (
    <PanelFrame title={t(lang, 'ticker')} testId="panel-ticker" lang={lang} asOf={enabled ? events[0]?.at : null} error={error?.message}>
      {!enabled ? (
        <p className="ticker-note">{t(lang, 'tickerNeedsToken')}</p>
      ) : events.length === 0 ? (
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
