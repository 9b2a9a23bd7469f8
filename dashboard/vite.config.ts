import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** The GraphQL server that `vite dev` forwards /graphql to (HTTP and WebSocket). */
const apiServer = process.env.CAREBOARD_API ?? 'http://localhost:4000';

export default defineConfig({
  root: here('.'),
  // Absolute asset URLs, so pages served at / and at /graphiql both find /assets/*.
  base: '/',
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: apiServer, changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // GraphiQL (with CodeMirror and graphql-js) is one ~800 kB chunk, loaded only at /graphiql.
    chunkSizeWarningLimit: 900,
    // Two pages: the wall (index.html) and the offline GraphiQL (graphiql.html).
    rolldownOptions: {
      input: {
        main: here('index.html'),
        graphiql: here('graphiql.html'),
      },
      output: {
        // React, shared by both pages, in a chunk named for it.
        codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
      onLog(level, log, handler) {
        // graphiql's react-compiler-runtime starts with "use no memo", which bundling may drop: harmless.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('react-compiler-runtime')) return;
        handler(level, log);
      },
    },
  },
});
