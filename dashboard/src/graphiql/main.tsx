import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from '../api/graphql';
import { readPageParams } from '../params';
import { exampleTabs } from './example-tabs';
import './graphiql-page.css';

// Same-origin, relative URL: works behind the server at /graphiql and behind `vite dev`'s proxy.
const fetcher = createGraphiQLFetcher({ url: GRAPHQL_URL });
const { city } = readPageParams(window.location.search);

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs(city)} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);
