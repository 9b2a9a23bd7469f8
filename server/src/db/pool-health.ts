/**
 * Which pooled connections PostgreSQL has ended.
 *
 * When a backend is terminated (pg_terminate_backend, a restart, an admin shutdown), the
 * query it was running fails with a FATAL error message first; the socket closes a moment
 * later. knex marks a connection dead only on that close, so in between the pool could hand
 * the dead connection to the next request, which then failed too. A connection that has
 * received a FATAL (or PANIC) message is never used again: the pool's `validate` refuses it
 * and tarn opens a fresh one.
 */

interface PgProtocolConnection {
  on(event: 'errorMessage', listener: (message: { severity?: string }) => void): unknown;
}

/** The part of a pg `Client` this module needs: its protocol connection. */
export interface WatchedClient {
  connection?: PgProtocolConnection;
}

const ended = new WeakSet<object>();

/** Starts watching a freshly opened client (call it once, from the pool's afterCreate). */
export function watchForFatal(client: WatchedClient): void {
  client.connection?.on('errorMessage', (message) => {
    if (message.severity === 'FATAL' || message.severity === 'PANIC') ended.add(client);
  });
}

/** False once PostgreSQL has sent the client a FATAL or PANIC error. */
export function isUsable(client: object): boolean {
  return !ended.has(client);
}
