import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The pages' Content-Security-Policy: scripts, connections (HTTP and graphql-ws), fonts and
 * workers from this origin only, never inline script; inline styles allowed (none of the
 * pages needed them when checked, but a chart's or editor's update may set one, and a style
 * cannot run code); images also as data: and blob: URLs (the screen tokens' QR codes); no
 * page may frame ours.
 * No upgrade-insecure-requests: a deployment may serve plain HTTP behind its own network.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/**
 * Security headers on every response (helmet): the policy above; no referrer, so a wall's
 * `?token=` address never leaves in a Referer header; nosniff; no framing. HSTS is the TLS
 * terminator's to send (the proxy in front), not this server's.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY } },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
