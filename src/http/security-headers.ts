// The security headers every answer carries (CSP, HSTS, X-Content-Type-Options, frame and referrer policies).
// helmet's middleware is built once and applied to the raw response; @fastify/helmet rebuilt it on every request,
// which measured as about a tenth of the CPU of a 304 (docs/decisions/0005).
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The headers, with the origin of a logo on another site (BRAND_LOGO) allowed as an image source. */
const createSecurityHeaders = (logoUrl?: string) =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        // Swagger UI (at /docs) loads its own scripts and styles from this origin and inlines a few styles.
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', ...(logoUrl === undefined ? [] : [new URL(logoUrl).origin])],
        // Browsers ignore it on plain-HTTP localhost anyway; a TLS-terminating proxy adds its own policy.
        'upgrade-insecure-requests': null,
      },
    },
  });

// Errors answered before any hook (below) show no page, so no logo: the strictest policy does for them.
const securityHeaders = createSecurityHeaders();

/** Sets the headers on a raw response; for answers given before any hook runs (Fastify's `frameworkErrors`). */
export const setSecurityHeaders = (request: IncomingMessage, response: ServerResponse) =>
  securityHeaders(request, response, () => undefined);

/**
 * The same headers as lines (`Name: value\r\n`), for an answer written straight to a socket, where Node refused the
 * request and no response exists (Fastify's `clientErrorHandler`). Nothing in them depends on the request.
 */
export const SECURITY_HEADER_LINES = (() => {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  securityHeaders(response.req, response, () => undefined);
  return Object.entries(response.getHeaders())
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : String(value)}\r\n`)
    .join('');
})();

/**
 * The first onRequest hook, so that the answers of the hooks after it (the 415 for a read with a body, load
 * shedding's 503, rate limits, authorization) carry the headers too.
 */
export const registerSecurityHeaders = (app: FastifyInstance, { logoUrl }: { logoUrl?: string | undefined } = {}) => {
  const headers = logoUrl === undefined ? securityHeaders : createSecurityHeaders(logoUrl);
  app.addHook('onRequest', (request, reply, done) =>
    headers(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
};
