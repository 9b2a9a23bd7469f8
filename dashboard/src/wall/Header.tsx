import { type Lang, t } from './i18n';
import type { ConnectionState } from './graphql/wall-clients';
import { clockTime, calendarDate } from '../shared/format/datetime';

export function Header({ lang, cityName, now, state, focus }: { lang: Lang; cityName: string | undefined; now: Date; state: ConnectionState; focus: string | null }) {
  return (
    <header className="wall-header">
      <h1 data-testid="wall-title">
        {t(lang, 'title')}
        {cityName ? <span className="city-name"> · {cityName}</span> : null}
        {focus ? <span className="focus"> {t(lang, 'focus', { name: focus })}</span> : null}
      </h1>
      <div className="header-right">
        <span className={`connection connection-${state}`}>{t(lang, state === 'connected' ? 'connected' : 'connecting')}</span>
        <time className="clock">
          {calendarDate(now)} {clockTime(now)}
        </time>
      </div>
    </header>
  );
}
