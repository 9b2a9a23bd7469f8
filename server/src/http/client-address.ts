import proxyAddr from '@fastify/proxy-addr';
import type { IncomingMessage } from 'node:http';

export type TrustProxy = boolean | string[];

/**
 * The client's address by the rule fastify applies to `request.ip` with the same
 * `trustProxy` setting, so the HTTP side and the live socket count the same address:
 * X-Forwarded-For is read only through peers the setting trusts.
 */
export function clientAddressOf(trust: TrustProxy): (request: IncomingMessage) => string {
  if (trust === false) return (request) => request.socket.remoteAddress ?? 'unknown';
  const trusts = trust === true ? () => true : proxyAddr.compile(trust);
  return (request) => proxyAddr.all(request, trusts).at(-1) ?? 'unknown';
}
