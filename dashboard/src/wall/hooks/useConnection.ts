import { useSyncExternalStore } from 'react';
import type { Clients, ConnectionState } from '../graphql/wall-clients';

/** The socket's state, re-rendering on change. */
export function useConnection(connection: Clients['connection']): { state: ConnectionState; since: number } {
  const state = useSyncExternalStore(connection.listen, () => connection.state);
  const since = useSyncExternalStore(connection.listen, () => connection.since);
  return { state, since };
}
