import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';

export interface Collected<T> {
  messages: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  /** Resolves with the first message (from now on, or already received) that satisfies `test`. */
  waitFor(test: (message: Collected<T>['messages'][number]) => boolean, timeoutMs?: number): Promise<Collected<T>['messages'][number]>;
  stop(): void;
}

export function wsClient(httpUrl: string, options: Partial<ClientOptions> = {}): Client {
  return createClient({ url: `${httpUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, ...options });
}

/** Subscribes and records every message, with a way to wait for one that matters. */
export function collect<T>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T> {
  const messages: Collected<T>['messages'] = [];
  const waiters: { test: (m: Collected<T>['messages'][number]) => boolean; resolve: (m: Collected<T>['messages'][number]) => void }[] = [];
  const record = (m: Collected<T>['messages'][number]) => {
    messages.push(m);
    for (const waiter of [...waiters]) {
      if (waiter.test(m)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(m);
      }
    }
  };
  const stop = client.subscribe<T>(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (message) => record(message as Collected<T>['messages'][number]),
      error: (error) => record({ errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }] }),
      complete: () => undefined,
    },
  );
  return {
    messages,
    stop,
    waitFor(test, timeoutMs = 5_000) {
      const already = messages.find(test);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages).slice(0, 500)}`)), timeoutMs);
        waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
  };
}

/** The close code of a client that is expected to be closed by the server. */
export function closeCodeOf(client: Client): Promise<number> {
  return new Promise((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
}
