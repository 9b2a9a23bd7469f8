import proxyAddr from '@fastify/proxy-addr';
import type { IncomingMessage } from 'node:http';

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * One trust decision for fastify (request.ip) and the WebSocket upgrade alike, so a client
 * has the same address whichever way it signs in.
 */
export function trustProxy(trusted: string[]): TrustProxy {
  return trusted.length === 0 ? () => false : proxyAddr.compile(trusted);
}

/** The client's address as fastify's request.ip would give it, for a raw request (the WebSocket upgrade). */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const all = proxyAddr.all(request, trust);
  return all[all.length - 1] ?? '';
}
