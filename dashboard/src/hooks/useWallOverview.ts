import { gql } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useMemo } from 'react';
import { WALL_OVERVIEW } from '../graphql/wall-operations';
import type { WallOverview } from '../graphql/types';
import { diagnostics } from '../wall/diagnostics';

const DOCUMENT = gql(WALL_OVERVIEW);

export interface WallOverviewState {
  overview: WallOverview | undefined;
  /** When the screen last received a snapshot (not when the data last changed). */
  receivedAt: number | undefined;
  error: Error | undefined;
}

/**
 * The wall's one subscription. Not cached: a screen that runs for days keeps only the
 * latest snapshot. Every reconnect resubscribes, and the first message is a fresh snapshot.
 */
export function useWallOverview(code: string): WallOverviewState {
  const { data, error } = useSubscription<{ cityOverview: WallOverview }>(DOCUMENT, {
    variables: { code },
    fetchPolicy: 'no-cache',
    onData: () => {
      diagnostics.updates += 1;
    },
  });
  const overview = data?.cityOverview;
  const receivedAt = useMemo(() => (overview ? Date.now() : undefined), [overview]);
  return { overview, receivedAt, error };
}
