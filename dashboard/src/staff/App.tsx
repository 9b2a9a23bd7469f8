import { BrowserRouter, useRoutes } from 'react-router';
import { LangProvider } from './i18n/LangContext';
import { appRoutes } from './routes';
import type { ClientHolder } from './session/client-holder';
import type { Session } from './session/session';
import { SessionProvider } from './session/SessionContext';

function Routes() {
  return useRoutes(appRoutes);
}

/** The page app behind admin.html: language, router, session. */
export function App({ session, clients }: { session: Session; clients: ClientHolder }) {
  return (
    <LangProvider>
      <BrowserRouter>
        <SessionProvider session={session} clients={clients}>
          <Routes />
        </SessionProvider>
      </BrowserRouter>
    </LangProvider>
  );
}
