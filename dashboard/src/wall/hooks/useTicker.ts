import { gql } from '@apollo/client';
import { skipToken, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { TICKER } from '../graphql/operations';
import type { TickerEvent } from '../graphql/types';
import { mergeTicker } from '../panels/ticker/ticker-lines';
import type { TickerSubscription, TickerSubscriptionVariables } from '../../shared/graphql/generated';

const DOCUMENT = gql(TICKER);

/** The latest changes, newest first, capped: only for screens with a token (the ticker names institutions). */
export function useTicker(code: string, enabled: boolean): { events: TickerEvent[]; error: Error | undefined } {
  const [events, setEvents] = useState<TickerEvent[]>([]);
  const { error } = useSubscription<TickerSubscription, TickerSubscriptionVariables>(
    DOCUMENT,
    enabled
      ? {
          variables: { code },
          fetchPolicy: 'no-cache',
          ignoreResults: true,
          onData: ({ data }) => {
            const event = data.data?.changeFeed;
            if (event) setEvents((current) => mergeTicker(current, event));
          },
        }
      : skipToken,
  );
  return { events, error };
}
