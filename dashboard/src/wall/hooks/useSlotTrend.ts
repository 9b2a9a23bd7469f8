import { gql } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { SLOT_TREND } from '../graphql/operations';
import type { TrendPoint } from '../graphql/types';
import type { SlotTrendQuery, SlotTrendQueryVariables } from '../../shared/graphql/generated';

const DOCUMENT = gql(SLOT_TREND);

/**
 * Monthly slots since 2022, read once per city and day (`to` is today, so the series rolls
 * over at midnight on its own). The live month follows each overview on the client (see
 * withLiveMonth): re-reading the series on every change cost a request each time and,
 * through the query cache, about 50 KB of heap per update on a screen that runs for days.
 */
export function useSlotTrend(code: string | undefined, to: string): { points: TrendPoint[] | undefined; error: Error | undefined } {
  const { data, error } = useQuery<SlotTrendQuery, SlotTrendQueryVariables>(
    DOCUMENT,
    code ? { variables: { code, from: '2022-01-01', to }, fetchPolicy: 'no-cache' } : skipToken,
  );
  return { points: data?.indicatorSeries, error };
}
