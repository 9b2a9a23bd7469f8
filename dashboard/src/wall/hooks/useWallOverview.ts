import { gql } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { WALL_OVERVIEW } from '../graphql/operations';
import type { WallOverview } from '../graphql/types';
import { diagnostics } from '../diagnostics';
import type { WallOverviewSubscription, WallOverviewSubscriptionVariables } from '../../shared/graphql/generated';

const DOCUMENT = gql(WALL_OVERVIEW);

export interface WallOverviewState {
  overview: WallOverview | undefined;
  error: Error | undefined;
}

/**
 * The wall's one subscription. Not cached: a screen that runs for days keeps only the
 * latest snapshot. Every reconnect resubscribes, and the first message is a fresh snapshot.
 */
export function useWallOverview(code: string): WallOverviewState {
  const { data, error } = useSubscription<WallOverviewSubscription, WallOverviewSubscriptionVariables>(DOCUMENT, {
    variables: { code },
    fetchPolicy: 'no-cache',
    onData: () => {
      diagnostics.updates += 1;
    },
  });
  return { overview: data?.cityOverview, error };
}
