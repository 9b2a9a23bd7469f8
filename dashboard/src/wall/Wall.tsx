import { useMemo, useState } from 'react';
import type { Clients } from './graphql/wall-clients';
import { useClock } from './hooks/useClock';
import { useConnection } from './hooks/useConnection';
import { useWallOverview } from './hooks/useWallOverview';
import { t } from './i18n';
import type { PageParams } from './params';
import { useStageLayout } from './Stage';
import { DistrictMapPanel } from './panels/district-map/DistrictMapPanel';
import { DistrictRankingPanel } from './panels/district-ranking/DistrictRankingPanel';
import { IndicatorCardsPanel } from './panels/indicator-cards/IndicatorCardsPanel';
import { KeyFiguresPanel } from './panels/key-figures/KeyFiguresPanel';
import { SlotTrendPanel } from './panels/slot-trend/SlotTrendPanel';
import { TargetProgressPanel } from './panels/target-progress/TargetProgressPanel';
import { TickerPanel } from './panels/ticker/TickerPanel';
import { ConnectionBanner } from './ConnectionBanner';
import { Header } from './Header';
import { rotationPlan, viewAt } from './rotation';
import { calendarDate } from '../shared/format/datetime';

/**
 * The wall: one subscription drives every panel. The same panels stay mounted in either
 * layout (1920×1080, or wide: see wide-layout.css), so a switch keeps their state and charts.
 */
export function Wall({ params, clients }: { params: PageParams; clients: Clients }) {
  const now = useClock();
  const connection = useConnection(clients.connection);
  const [startedAt] = useState(() => Date.now());
  const lang = params.lang;
  const layout = useStageLayout();

  // Rotation: which city (and district in focus) is on screen now.
  const cities = params.rotate.length > 0 ? params.rotate : [params.city];
  // The districts of the last city shown: they join the rotation once its overview is in.
  const [known, setKnown] = useState<{ code: string; districts: string[] } | undefined>(undefined);
  const plan = rotationPlan(cities, (city) => (known?.code === city ? known.districts : undefined), params.districts);
  const view = viewAt(plan, (now.getTime() - startedAt) / 1000, params.every) ?? { city: params.city, district: null };

  const { overview, error } = useWallOverview(view.city);
  if (overview && overview.code !== known?.code) setKnown({ code: overview.code, districts: overview.districts.map((d) => d.code) });
  const shown = overview?.code === view.city ? overview : undefined;
  const focus = useMemo(() => shown?.districts.find((d) => d.code === view.district) ?? null, [shown, view.district]);

  const disconnected = connection.state === 'disconnected';
  const failure = error ? error.message : undefined;
  const asOf = shown?.generatedAt;
  const panel = { lang, asOf, error: failure };

  return (
    <main className={`wall wall-${layout} ${disconnected ? 'wall-stale' : ''}`} lang={lang} data-layout={layout}>
      <Header lang={lang} cityName={shown ? (lang === 'en' ? shown.nameEn : shown.name) : undefined} now={now} state={connection.state} focus={focus ? (lang === 'en' ? focus.nameEn : focus.name) : null} />
      {disconnected ? <ConnectionBanner lang={lang} since={connection.since} now={now} /> : null}
      {!shown && !failure ? <div className="wall-loading">{t(lang, 'loading')}</div> : null}
      <div className="wall-grid">
        <div className="column column-left">
          <KeyFiguresPanel {...panel} overview={shown} />
          <DistrictRankingPanel {...panel} overview={shown} focus={view.district} metric={params.metric} />
        </div>
        <div className="column column-centre">
          <DistrictMapPanel {...panel} overview={shown} focus={view.district} metric={params.metric} />
          <SlotTrendPanel {...panel} overview={shown} today={now} />
        </div>
        <div className="column column-right">
          <TargetProgressPanel {...panel} overview={shown} today={calendarDate(now)} />
          <IndicatorCardsPanel {...panel} overview={shown} />
          <TickerPanel lang={lang} city={view.city} enabled={params.token !== null} overview={shown} />
        </div>
      </div>
    </main>
  );
}
