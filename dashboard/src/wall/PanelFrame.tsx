import type { ReactNode } from 'react';
import { type Lang, t } from './i18n';
import { clockTime } from '../shared/format/datetime';

/**
 * Every panel's frame: its title, its own "数据截至 HH:mm:ss", and its errors and staleness
 * inside the frame, so a failing panel never blanks the screen.
 */
/** `asOf`: undefined while loading, null for a panel with nothing to date. `testId` is also a class, which the layouts place the panel by. */
/** `asOfLabel`: how the time is introduced: "数据截至" for live counts, "更新于" for a panel of figures of their own periods. */
export function PanelFrame(props: { title: string; testId: string; lang: Lang; asOf: string | null | undefined; asOfLabel?: 'dataAsOf' | 'updatedAt'; error?: string | undefined; className?: string; children: ReactNode }) {
  const { title, testId, lang, asOf, asOfLabel = 'dataAsOf', error, className, children } = props;
  return (
    <section className={`panel ${testId} ${className ?? ''}`} data-testid={testId}>
      <header className="panel-header">
        <h2>{title}</h2>
        {asOf === null ? null : <span className="as-of">{asOf ? t(lang, asOfLabel, { time: clockTime(asOf) }) : t(lang, 'loading')}</span>}
      </header>
      <div className="panel-body">
        {error ? (
          <div className="panel-error" role="alert">
            {t(lang, 'loadFailed')}：{error}
          </div>
        ) : (
          children
        )}
      </div>
    </section>
  );
}
