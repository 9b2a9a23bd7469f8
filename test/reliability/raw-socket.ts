import { expect } from 'vitest';
import WebSocket from 'ws';
import type { RunningServer } from '../../server/src/server.js';

/** A bare graphql-ws socket that lets a test send anything, for clients that misbehave. */
export interface Socket {
  ws: WebSocket;
  messages: { type: string; id?: string; payload?: unknown }[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  next(type: string, timeoutMs?: number): Promise<{ type: string; id?: string; payload?: unknown }>;
}

/** An upgrade the server refused, with its HTTP status and body. */
export class UpgradeRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfter: string | undefined,
  ) {
    super(`upgrade refused with ${status}: ${body}`);
  }
}

export function open(httpUrl: string, options: { protocol?: string; headers?: Record<string, string> } = {}): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, options.protocol ?? 'graphql-transport-ws', { headers: options.headers });
    const messages: Socket['messages'] = [];
    const closed = new Promise<{ code: number; reason: string }>((done) => ws.on('close', (code, reason) => done({ code, reason: String(reason) })));
    ws.on('message', (data) => messages.push(JSON.parse(String(data)) as Socket['messages'][number]));
    let opened = false;
    ws.on('error', (error) => (opened ? undefined : reject(error)));
    ws.on('open', () => {
      opened = true;
      resolve({
        ws,
        messages,
        closed,
        send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
        async next(type, timeoutMs = 5_000) {
          for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
            const found = messages.find((m) => m.type === type);
            if (found) return found;
          }
          throw new Error(`no ${type} message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`);
        },
      });
    });
    ws.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += String(chunk)));
      response.on('end', () => reject(new UpgradeRefused(response.statusCode ?? 0, body, response.headers['retry-after'] as string | undefined)));
      response.on('error', () => reject(new UpgradeRefused(response.statusCode ?? 0, body, undefined)));
    });
  });
}

/** Opens a socket and has its connection acknowledged, with `token` if given. */
export async function connected(httpUrl: string, token?: string): Promise<Socket> {
  const socket = await open(httpUrl);
  socket.send({ type: 'connection_init', payload: token ? { token } : {} });
  await socket.next('connection_ack');
  return socket;
}

/** Resolves with the close, or null when the socket is still open after `ms`. */
export function closedWithin(socket: Socket, ms: number): Promise<{ code: number; reason: string } | null> {
  return Promise.race([socket.closed, new Promise<null>((r) => setTimeout(() => r(null), ms))]);
}

/** Waits until the server holds no socket, shared subscription, city channel, account or address. */
export async function nothingLeftBehind(server: RunningServer): Promise<void> {
  const state = () => ({
    sockets: server.socket.clientCount,
    groups: server.socket.shared.groupCount,
    cities: server.live.overviews.subscribedCities,
    accounts: server.socket.registry.size,
    addresses: server.socket.gate.addressCount,
  });
  const empty = { sockets: 0, groups: 0, cities: 0, accounts: 0, addresses: 0 };
  for (const deadline = Date.now() + 3_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
    if (JSON.stringify(state()) === JSON.stringify(empty)) return;
  }
  expect(state()).toEqual(empty);
}
