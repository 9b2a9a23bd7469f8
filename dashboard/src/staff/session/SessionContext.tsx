import { ApolloProvider } from '@apollo/client/react';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionUser } from '../graphql/types';
import type { ClientHolder } from './client-holder';
import type { Session, SessionSnapshot } from './session';

interface SessionValue {
  session: Session;
  snapshot: SessionSnapshot;
  /** The Apollo client of the signed-in account; null before it is ready or when signed out. */
  ready: boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

/** The tab's session, and an Apollo client per signed-in account (a fresh cache for each). */
export function SessionProvider({ session, clients, children }: { session: Session; clients: ClientHolder; children: ReactNode }) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const current = useSyncExternalStore(clients.subscribe, clients.get);
  const value: SessionValue = { session, snapshot, ready: current !== null };
  return (
    <SessionContext.Provider value={value}>
      {current ? <ApolloProvider client={current.apollo}>{children}</ApolloProvider> : children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionProvider>');
  return value;
}

/** The signed-in account; only inside <RequireSession>. */
export function useUser(): SessionUser {
  const user = useSession().snapshot.user;
  if (!user) throw new Error('useUser outside a signed-in page');
  return user;
}
