import type { WallOverview } from '../graphql/types';
import type { Lang } from '../i18n';

/** What every wall panel receives: the overview on screen, its language and freshness. */
export interface PanelProps {
  lang: Lang;
  overview: WallOverview | undefined;
  /** When the overview was computed (the panel's "数据截至"). */
  asOf: string | undefined;
  error: string | undefined;
}
