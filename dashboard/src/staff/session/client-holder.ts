import { createAdminClient, type AdminClient } from '../graphql/client';
import type { Session } from './session';

export interface ClientHolder {
  /** The Apollo client of the signed-in account, or null when signed out. */
  get(): AdminClient | null;
  subscribe(listener: () => void): () => void;
}

/**
 * One Apollo client per signed-in account, made when the session signs in and disposed
 * (socket closed, cache dropped) when it signs out or another account signs in, so no
 * cached record outlives its account. Lives beside the session, outside React.
 */
export function holdClients(session: Session, create: (session: Session) => AdminClient = createAdminClient): ClientHolder {
  let current: { userId: string; client: AdminClient } | null = null;
  const update = () => {
    const snapshot = session.getSnapshot();
    const userId = snapshot.status === 'signedIn' ? snapshot.user!.id : null;
    if (current?.userId === userId) return;
    current?.client.dispose();
    current = userId ? { userId, client: create(session) } : null;
  };
  // Subscribed before any React listener, so pages always read the client of the current account.
  session.subscribe(update);
  update();
  return { get: () => current?.client ?? null, subscribe: session.subscribe };
}
