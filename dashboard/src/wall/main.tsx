import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { readPageParams } from './params';
import { Stage } from './Stage';
import './styles.css';
import './wide-layout.css';

const params = readPageParams(window.location.search);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Stage layout={params.layout}>
      <ErrorBoundary
        fallback={(error) => (
          <main className="board">
            <header className="board-header">
              <h1>一老一小民生看板</h1>
            </header>
            <section className="board-body">
              <div className="notice notice-error" role="alert">
                <strong>页面出错 / The page failed</strong>
                <code>{error.message}</code>
              </div>
            </section>
          </main>
        )}
      >
        <Root params={params} />
      </ErrorBoundary>
    </Stage>
  </StrictMode>,
);
