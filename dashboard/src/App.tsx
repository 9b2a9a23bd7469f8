import { useEffect, useState } from 'react';
import { type CitySummary, fetchCitySummary } from './api/city-summary';
import { formatCount } from './format/number';
import { type Lang, type MessageKey, t } from './i18n';
import type { PageParams } from './params';

const REQUEST_TIMEOUT_MS = 15_000;

type Load =
  | { status: 'loading' }
  | { status: 'loaded'; city: CitySummary; at: Date }
  | { status: 'not-found' }
  | { status: 'failed'; message: string };

type Figure = { label: MessageKey; unit: MessageKey; value: (c: CitySummary) => number | null };

const FIGURES: readonly Figure[] = [
  { label: 'slots', unit: 'unitSlots', value: (c) => c.slots },
  { label: 'institutionCount', unit: 'unitInstitutions', value: (c) => c.institutionCount },
  { label: 'filedInstitutionCount', unit: 'unitInstitutions', value: (c) => c.filedInstitutionCount },
  { label: 'slotsPer1000', unit: 'unitPer1000', value: (c) => c.slotsPer1000 },
];

function useCitySummary(code: string): Load {
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    let active = true;
    const timer = setTimeout(() => controller.abort(new Error(`timeout after ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS);
    fetchCitySummary(code, controller.signal)
      .then((city) => active && setLoad(city ? { status: 'loaded', city, at: new Date() } : { status: 'not-found' }))
      .catch((error: unknown) => {
        const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
        if (active) setLoad({ status: 'failed', message: reason instanceof Error ? reason.message : String(reason) });
      })
      .finally(() => clearTimeout(timer));
    return () => {
      active = false;
      clearTimeout(timer);
      controller.abort();
    };
  }, [code]);

  return load;
}

function timeOfDay(lang: Lang, at: Date): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(at);
}

function Body({ load, lang, code }: { load: Load; lang: Lang; code: string }) {
  switch (load.status) {
    case 'loading':
      return <p className="notice">{t(lang, 'loading')}</p>;
    case 'not-found':
      return <p className="notice notice-error">{t(lang, 'cityNotFound', { code })}</p>;
    case 'failed':
      return (
        <div className="notice notice-error" role="alert">
          <strong>{t(lang, 'loadFailed')}</strong>
          <code>{load.message}</code>
        </div>
      );
    case 'loaded':
      return (
        <ul className="figures">
          {FIGURES.map((figure) => (
            <li key={figure.label} className="figure">
              <span className="figure-label">{t(lang, figure.label)}</span>
              <span className="figure-value">{formatCount(figure.value(load.city), t(lang, figure.unit))}</span>
            </li>
          ))}
        </ul>
      );
  }
}

/** Placeholder wall page: one city's childcare figures, large. */
export function App({ city, lang }: PageParams) {
  const load = useCitySummary(city);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'title');
  }, [lang]);

  return (
    <main className="board">
      <header className="board-header">
        <h1>{t(lang, 'title')}</h1>
        <p className="subtitle">
          {load.status === 'loaded' ? load.city.name : t(lang, 'cityCode', { code: city })} · {t(lang, 'subtitle')}
        </p>
      </header>
      <section className="board-body">
        <Body load={load} lang={lang} code={city} />
      </section>
      <footer className="board-footer">
        <span>{load.status === 'loaded' ? t(lang, 'updatedAt', { time: timeOfDay(lang, load.at) }) : ''}</span>
        <a href={`/graphiql?city=${encodeURIComponent(city)}`}>{t(lang, 'graphiqlLink')}</a>
      </footer>
    </main>
  );
}
