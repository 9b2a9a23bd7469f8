import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { reconnectDelay } from '../../shared/graphql/backoff';
import type { Session } from '../session/session';
import { authLink } from './auth-link';

export interface AdminClient {
  apollo: ApolloClient;
  dispose(): void;
}

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** The smallest part of a WebSocket the client uses. */
interface OpenSocket {
  readyState: number;
  send(data: string): void;
}

/**
 * Apollo for one signed-in session: queries and mutations over HTTP with the bearer
 * (auth-link.ts), subscriptions over graphql-ws with the token in connectionParams. When
 * the session refreshes its token, the socket gets the new one in a ping payload, as the
 * server expects before the old one expires (README "Live updates"); a reconnection reads
 * the newest token anyway. A new client per sign-in, so no cache outlives its account.
 */
export function createAdminClient(session: Session): AdminClient {
  let acknowledged: OpenSocket | null = null;
  const socket = createClient({
    url: socketUrl(),
    lazy: true,
    connectionParams: async () => {
      const token = await session.freshToken();
      return token ? { token } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
    on: {
      connected: (s) => {
        acknowledged = s as OpenSocket;
      },
      closed: () => {
        acknowledged = null;
      },
    },
  });
  const stopForwarding = session.onAccessToken((token) => {
    if (acknowledged && acknowledged.readyState === 1) acknowledged.send(JSON.stringify({ type: 'ping', payload: { token } }));
  });

  const http = ApolloLink.from([authLink(session), new HttpLink({ uri: '/graphql' })]);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(socket),
    http,
  );
  const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
  return {
    apollo,
    dispose() {
      stopForwarding();
      void socket.dispose();
      apollo.stop();
    },
  };
}
