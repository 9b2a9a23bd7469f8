import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from 'graphql-ws';
import { graphqlSocketUrl } from '../shared/graphql/socket-url';
import { cityFromSearch, DEFAULT_CITY } from '../shared/wall-address';
import { exampleTabs } from './example-tabs';
import './graphiql-page.css';

// Same origin: works behind the server at /graphiql and behind `vite dev`'s proxy.
// Subscriptions go over graphql-ws on the same path. GraphiQL brings its own fetcher, not Apollo.
const fetcher = createGraphiQLFetcher({ url: '/graphql', wsClient: createClient({ url: graphqlSocketUrl(window.location), lazy: true }) });
const city = cityFromSearch(window.location.search) ?? DEFAULT_CITY;

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs(city)} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);
