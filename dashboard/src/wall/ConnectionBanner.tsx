import { type Lang, t } from './i18n';

/** Shown while the live connection is down: the screen never shows old figures silently. */
export function ConnectionBanner({ lang, since, now }: { lang: Lang; since: number; now: Date }) {
  const seconds = String(Math.max(0, Math.round((now.getTime() - since) / 1000)));
  return (
    <div className="connection-banner" data-testid="connection-banner" role="alert">
      {t(lang, 'disconnected', { seconds })}
    </div>
  );
}
