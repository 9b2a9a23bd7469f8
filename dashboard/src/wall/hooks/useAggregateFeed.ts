import { useState } from 'react';
import type { WallOverview } from '../graphql/types';
import type { Lang } from '../i18n';
import { type FeedLine, aggregateChanges, mergeFeed } from '../panels/ticker/aggregate-lines';

interface Feed {
  city: string;
  last: WallOverview;
  lines: FeedLine[];
}

/**
 * The aggregate changes of the city on screen, newest first: each overview is compared with
 * the one before it (a new city starts over). Only while `enabled` (a wall without a token).
 */
export function useAggregateFeed(overview: WallOverview | undefined, lang: Lang, enabled: boolean): FeedLine[] {
  const [feed, setFeed] = useState<Feed | undefined>(undefined);
  // Adjusted while rendering (React's pattern for state derived from a changed prop), once per overview.
  if (enabled && overview && feed?.last !== overview) {
    setFeed(
      !feed || feed.city !== overview.code
        ? { city: overview.code, last: overview, lines: [] }
        : { city: overview.code, last: overview, lines: mergeFeed(feed.lines, aggregateChanges(feed.last, overview, lang)) },
    );
  }
  return enabled && feed?.city === overview?.code ? (feed?.lines ?? []) : [];
}
