import { createApolloClient, type GraphQLClients } from '../../shared/graphql/apollo-client';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface Clients extends GraphQLClients {
  /** Current state and a way to follow it (the banner, the dimming). */
  connection: { state: ConnectionState; since: number; listen(listener: () => void): () => void };
}

/** A screen answers a server ping at once; silence this long means the link is dead. */
const PONG_TIMEOUT_MS = 4_000;
const PING_EVERY_MS = 10_000;

/**
 * A wall screen's clients: one socket, connected from the start and retried forever, with
 * the screen token (if any) on the socket and on HTTP, and the connection's state for the
 * banner. The screen's own pings detect a half-open connection within a few seconds.
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

  const clients = createApolloClient({
    connectionParams: () => (token ? { token } : {}),
    lazy: false,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    heartbeat: { pingEveryMs: PING_EVERY_MS, pongTimeoutMs: PONG_TIMEOUT_MS },
    on: {
      connecting: () => set(connection.state === 'connected' ? 'disconnected' : connection.state),
      connected: () => set('connected'),
      closed: () => set('disconnected'),
    },
  });
  return { ...clients, connection };
}
