import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** The GraphQL server that `vite dev` forwards /graphql to (HTTP and WebSocket). */
const apiServer = process.env.CAREBOARD_API ?? 'http://localhost:4000';

/** `vite dev` and `vite preview` answer /admin/* and /explore/* with admin.html, as the server does. */
function staffPages(): Plugin {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    const match = req.url ? /^\/(?:admin|explore)(?:\/[^?]*)?(\?.*)?$/.exec(req.url) : null;
    if (match) req.url = `/admin.html${match[1] ?? ''}`;
    next();
  };
  return {
    name: 'careboard-staff-pages',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

export default defineConfig({
  root: here('.'),
  // Absolute asset URLs, so pages served at / and at /graphiql both find /assets/*.
  base: '/',
  plugins: [react(), staffPages()],
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
    // Three pages: the wall (index.html), the offline GraphiQL (graphiql.html) and the
    // staff and analyst pages (admin.html, served at /admin/* and /explore/*).
    rolldownOptions: {
      input: {
        main: here('index.html'),
        graphiql: here('graphiql.html'),
        admin: here('admin.html'),
      },
      output: {
        // React, shared by every page, in a chunk named for it; so is the GraphQL client the
        // wall and the staff pages share (the staff pages' own code stays in their entry).
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'graphql-client', test: /[\\/]node_modules[\\/](@apollo[\\/]client|@wry[\\/][^\\/]+|optimism|rxjs|graphql-ws|tslib)[\\/]/ },
          ],
        },
      },
      onLog(level, log, handler) {
        // graphiql's react-compiler-runtime starts with "use no memo", which bundling may drop: harmless.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('react-compiler-runtime')) return;
        handler(level, log);
      },
    },
  },
});
