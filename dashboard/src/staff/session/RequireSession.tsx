import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useLang } from '../i18n/LangContext';
import { useSession } from './SessionContext';

/** Pages behind sign-in: the sign-in page first, then back to where the person was going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { snapshot, ready } = useSession();
  const location = useLocation();
  const { tr } = useLang();
  if (snapshot.status === 'signedOut') {
    return <Navigate to="/admin/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (snapshot.status === 'restoring' || !ready) {
    return (
      <p className="boot" role="status">
        {snapshot.status === 'restoring' ? tr('restoring') : tr('loading')}
      </p>
    );
  }
  return children;
}
