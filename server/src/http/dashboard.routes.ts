import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The built dashboard at /, the offline GraphiQL at /graphiql, the staff and analyst pages at /admin and /explore. */
export function registerDashboard(app: FastifyInstance, dist: string): void {
  if (!existsSync(path.join(dist, 'index.html'))) {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('The dashboard is not built: run `pnpm build`. GraphQL is at /graphql.\n'),
    );
    return;
  }
  app.register(fastifyStatic, {
    root: dist,
    index: ['index.html'],
    setHeaders(res, filePath) {
      // Hashed assets never change; pages must, so they are always revalidated.
      res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/graphiql', async (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('graphiql.html'));
  // Staff and analyst pages: one page app whose routes live under /admin and /explore.
  const adminPage = async (_request: FastifyRequest, reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('admin.html');
  for (const prefix of ['/admin', '/explore']) {
    app.get(prefix, adminPage);
    app.get(`${prefix}/*`, adminPage);
  }
}
