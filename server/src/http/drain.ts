import type { FastifyInstance } from 'fastify';

/** How long requests in flight may take to finish once shutdown begins. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops accepting connections and lets the requests in flight finish. Kept-alive
 * connections are closed as soon as they fall idle (Node only closes those idle at the
 * moment close starts, so a client's next request would hold shutdown up forever), and
 * whatever is still open after the grace period is cut.
 */
export async function drainHttp(app: FastifyInstance): Promise<void> {
  const idle = setInterval(() => app.server.closeIdleConnections(), 100);
  const cut = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  try {
    await app.close();
  } finally {
    clearInterval(idle);
    clearTimeout(cut);
  }
}
