import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { App } from './App';
import { httpAuthApi } from './session/auth-api';
import { holdClients } from './session/client-holder';
import { Session } from './session/session';
import { browserTokenLock } from './session/token-lock';
import './admin.css';

// One session per tab, outside React: StrictMode's double effects must never send a
// refresh token twice (the server would end every session of the account).
const session = new Session({
  api: httpAuthApi,
  storage: window.sessionStorage,
  lock: browserTokenLock(),
  now: () => Date.now(),
  schedule: (run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
});
const clients = holdClients(session);
void session.restore();
// A tab coming back from the background (or a laptop from sleep) may have missed its timer.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void session.freshToken();
});

const root = document.getElementById('root');
if (!root) throw new Error('admin.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary
      fallback={(error) => (
        <main className="login">
          <div className="notice notice-error" role="alert">
            <strong>页面出错 / The page failed</strong> <code>{error.message}</code>
          </div>
        </main>
      )}
    >
      <App session={session} clients={clients} />
    </ErrorBoundary>
  </StrictMode>,
);
