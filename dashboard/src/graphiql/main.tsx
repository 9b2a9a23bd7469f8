import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from 'graphql-ws';
import { readPageParams } from '../wall/params';
import { exampleTabs } from './example-tabs';
import './graphiql-page.css';

// Same origin: works behind the server at /graphiql and behind `vite dev`'s proxy.
// Subscriptions go over graphql-ws on the same path.
const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
const fetcher = createGraphiQLFetcher({ url: '/graphql', wsClient: createClient({ url: wsUrl, lazy: true }) });
const { city } = readPageParams(window.location.search);

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs(city)} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);
