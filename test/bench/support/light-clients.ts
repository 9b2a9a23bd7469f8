import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * Many screens from one process, as cheaply as a client can be, so that the machine's two
 * cores go to the servers under test. Each speaks just enough graphql-ws (init, subscribe
 * with its own UUID id, answer pings) and reads only the city's total out of every message
 * without parsing it, the same way for our server and for the raw ws peer.
 */
export interface LightClients {
  readonly size: number;
  /** Called with (total slots, arrival time) for every data message of every client. */
  onTotal: (slots: number, at: number) => void;
  /** The first data message any client received, as bytes (to size the raw peer's payload). */
  readonly sample: Buffer | undefined;
  /** Opens more clients, `parallel` handshakes at a time; resolves when each has its first message. */
  open(count: number): Promise<void>;
  close(): Promise<void>;
}

const SLOTS = Buffer.from('"slots":');

/** The first `"slots":<int>` in a message: the city total in the wall's selection. */
export function totalOf(message: Buffer): number | undefined {
  const at = message.indexOf(SLOTS);
  if (at < 0) return undefined;
  let value = 0;
  let i = at + SLOTS.length;
  for (; i < message.length; i += 1) {
    const c = message[i]!;
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  return i === at + SLOTS.length ? undefined : value;
}

export function lightClients(url: string, options: { graphqlWs: boolean; query?: string; variables?: Record<string, unknown>; parallel?: number }): LightClients {
  const sockets: WebSocket[] = [];
  let sample: Buffer | undefined;
  const clients: LightClients = {
    get size() {
      return sockets.length;
    },
    onTotal: () => undefined,
    get sample() {
      return sample;
    },
    async open(count) {
      const parallel = options.parallel ?? 100;
      let started = 0;
      const openOne = (): Promise<void> =>
        new Promise((resolve, reject) => {
          const socket = new WebSocket(url, options.graphqlWs ? 'graphql-transport-ws' : undefined, { perMessageDeflate: false });
          sockets.push(socket);
          let first = true;
          const id = randomUUID();
          socket.on('error', reject);
          socket.on('open', () => {
            if (options.graphqlWs) socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
            else resolve();
          });
          socket.on('message', (data: Buffer) => {
            const at = performance.now();
            const total = data.length > 64 ? totalOf(data) : undefined;
            if (total !== undefined) {
              if (first) {
                first = false;
                sample ??= Buffer.from(data);
                resolve();
              }
              clients.onTotal(total, at);
              return;
            }
            const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
            if (message.type === 'connection_ack') socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: options.query, variables: options.variables ?? {} } }));
            else if (message.type === 'ping') socket.send('{"type":"pong"}');
            else if (message.type === 'error' || message.type === 'complete') reject(new Error(`subscription ended: ${String(data)}`));
          });
          socket.on('close', (code) => (first ? reject(new Error(`closed with ${code} before the first message`)) : undefined));
        });
      const workers = Array.from({ length: Math.min(parallel, count) }, async () => {
        while (started < count) {
          started += 1;
          await openOne();
        }
      });
      await Promise.all(workers);
    },
    async close() {
      await Promise.all(
        sockets.map(
          (s) =>
            new Promise<void>((resolve) => {
              if (s.readyState === WebSocket.CLOSED) return resolve();
              s.once('close', () => resolve());
              s.terminate();
            }),
        ),
      );
      sockets.length = 0;
    },
  };
  return clients;
}
