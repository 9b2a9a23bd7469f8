import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import { reconnectDelay } from './backoff';
import { graphqlSocketUrl } from './socket-url';

export interface ApolloClientOptions {
  /** What the socket sends on every (re)connection, read afresh each time (the newest token). */
  connectionParams: ClientOptions['connectionParams'];
  /** Connect at once and stay connected (a wall), or only while a subscription runs (the staff pages). */
  lazy: boolean;
  /** Links queries and mutations pass through before the HTTP link (the staff pages' bearer and refresh). */
  httpLinks?: ApolloLink[];
  /** Headers on every HTTP request (a wall's screen token). */
  headers?: Record<string, string>;
  /**
   * The client's own pings: every `pingEveryMs`, and a socket that has not answered within
   * `pongTimeoutMs` is closed, so a half-open connection (a cable pulled, a proxy gone
   * quiet) is noticed in seconds instead of whenever TCP notices.
   */
  heartbeat?: { pingEveryMs: number; pongTimeoutMs: number };
  /** graphql-ws events (connecting, connected, closed …), for a page that follows the link. */
  on?: ClientOptions['on'];
}

export interface GraphQLClients {
  apollo: ApolloClient;
  socket: Client;
  /** Closes the socket and stops Apollo's queries. */
  dispose(): void;
}

/**
 * The one Apollo client factory of every page: queries and mutations over HTTP at /graphql,
 * subscriptions over graphql-ws on the same address, retried forever with capped, jittered
 * backoff (backoff.ts). Each app configures it: the wall with its screen token, an eager
 * socket and a heartbeat (wall/graphql/wall-clients.ts); the staff pages with the session's
 * token and refresh (staff/graphql/client.ts).
 */
export function createApolloClient(options: ApolloClientOptions): GraphQLClients {
  const socket = createClient({
    url: graphqlSocketUrl(window.location),
    connectionParams: options.connectionParams,
    lazy: options.lazy,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
    keepAlive: options.heartbeat?.pingEveryMs ?? 0,
    on: options.on,
  });
  const stopHeartbeat = options.heartbeat ? watchPongs(socket, options.heartbeat.pongTimeoutMs) : () => {};

  const http = ApolloLink.from([...(options.httpLinks ?? []), new HttpLink({ uri: '/graphql', headers: options.headers ?? {} })]);
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
    socket,
    dispose() {
      stopHeartbeat();
      void socket.dispose();
      apollo.stop();
    },
  };
}

/** Closes the socket when a ping of ours goes unanswered for `timeoutMs`. */
function watchPongs(socket: Client, timeoutMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stops = [
    socket.on('ping', (received) => {
      if (!received) timer = setTimeout(() => socket.terminate(), timeoutMs);
    }),
    socket.on('pong', (received) => {
      if (received) clearTimeout(timer);
    }),
    socket.on('closed', () => clearTimeout(timer)),
  ];
  return () => {
    clearTimeout(timer);
    for (const stop of stops) stop();
  };
}
