import { gql } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { SLOT_TREND } from '../graphql/wall-operations';
import type { TrendPoint } from '../graphql/types';

const DOCUMENT = gql(SLOT_TREND);

/**
 * Monthly slots since 2022, read again whenever a new overview arrives (`version`), so the
 * live month follows the figures and the series rolls over at midnight on its own.
 */
export function useSlotTrend(code: string | undefined, to: string, version: string | undefined): { points: TrendPoint[] | undefined; error: Error | undefined } {
  const { data, error, refetch } = useQuery<{ indicatorSeries: TrendPoint[] }>(
    DOCUMENT,
    code ? { variables: { code, from: '2022-01-01', to }, fetchPolicy: 'network-only' } : skipToken,
  );
  const seen = useRef(version);
  useEffect(() => {
    if (!code || version === seen.current) return;
    seen.current = version;
    void refetch();
  }, [code, version, refetch]);
  return { points: data?.indicatorSeries, error };
}
