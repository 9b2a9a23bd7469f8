import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { reconnectDelay } from './backoff';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface Clients {
  apollo: ApolloClient;
  socket: Client;
  /** Current state and a way to follow it (the banner, the dimming). */
  connection: { state: ConnectionState; since: number; listen(listener: () => void): () => void };
}

/** A screen answers a server ping at once; silence this long means the link is dead. */
const PONG_TIMEOUT_MS = 4_000;
const PING_EVERY_MS = 10_000;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * One socket per screen, retried forever with capped backoff; queries over HTTP. The
 * screen's own pings detect a half-open connection (a cable pulled, a proxy that went
 * quiet) within a few seconds instead of waiting for TCP to notice.
 */
export function createClients(token: string | null): Clients {
  const listeners = new Set<() => void>();
  const connection: Clients['connection'] = {
    state: 'connecting',
    since: Date.now(),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (state: ConnectionState) => {
    if (connection.state === state) return;
    connection.state = state;
    connection.since = Date.now();
    for (const listener of listeners) listener();
  };

  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const socket = createClient({
    url: socketUrl(),
    connectionParams: () => (token ? { token } : {}),
    lazy: false,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
    keepAlive: PING_EVERY_MS,
    on: {
      connecting: () => set(connection.state === 'connected' ? 'disconnected' : connection.state),
      connected: () => set('connected'),
      closed: () => {
        clearTimeout(pongTimer);
        set('disconnected');
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => socket.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });

  const http = new HttpLink({ uri: '/graphql', headers: token ? { authorization: `Bearer ${token}` } : {} });
  const ws = new GraphQLWsLink(socket);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    ws,
    http,
  );
  const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
  return { apollo, socket, connection };
}
