import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from '../../shared/graphql/apollo-client';
import type { Session } from '../session/session';
import { authLink } from './auth-link';

export interface AdminClient {
  apollo: ApolloClient;
  dispose(): void;
}

/** The smallest part of a WebSocket the client uses. */
interface OpenSocket {
  readyState: number;
  send(data: string): void;
}

/**
 * Apollo for one signed-in session: queries and mutations over HTTP with the bearer
 * (auth-link.ts), subscriptions over graphql-ws with the token in connectionParams, the
 * socket open only while a page subscribes. When the session refreshes its token, the
 * socket gets the new one in a ping payload, as the server expects before the old one
 * expires (README "Live updates"); a reconnection reads the newest token anyway. A new
 * client per sign-in, so no cache outlives its account.
 */
export function createAdminClient(session: Session): AdminClient {
  let acknowledged: OpenSocket | null = null;
  const clients = createApolloClient({
    lazy: true,
    connectionParams: async () => {
      const token = await session.freshToken();
      return token ? { token } : {};
    },
    httpLinks: [authLink(session)],
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
  return {
    apollo: clients.apollo,
    dispose() {
      stopForwarding();
      clients.dispose();
    },
  };
}
