// Strong ETags and Cache-Control for public reads, and 304 Not Modified for If-None-Match. A route opts in with
// `config: { publicCache: { maxAgeSeconds } }`; a handler that already knows its ETag sets the header itself and the
// body is not hashed again. Everything personal is `Cache-Control: no-store` instead: a response to a signed-in
// request, any route that needs a permission, and what public routes answer to writes (a login's tokens, say), so
// neither a shared cache nor the browser's disk keeps it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { strongEtag } from '../lib/encoded-body.ts';
import { addVary } from './vary.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    publicCache?: { maxAgeSeconds: number };
  }
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string) => {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
};

/** Whether the response may hold something of one person: their data, or credentials made for them. */
const isPersonal = (request: FastifyRequest) => {
  // An unknown path (a 404, or the web app's HTML shell) says nothing about anyone.
  if (request.is404) return false;
  if (request.principal !== null || request.routeOptions.config.policy !== 'public') return true;
  return request.method !== 'GET' && request.method !== 'HEAD';
};

export const registerConditionalGet = (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isPersonal(request)) {
      reply.header('cache-control', 'no-store');
      return payload;
    }
    const cache = reply.routeOptions.config.publicCache;
    if (cache === undefined || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = (reply.getHeader('etag') as string | undefined) ?? strongEtag(payload);
    reply.header('etag', etag);
    reply.header(
      'cache-control',
      `public, max-age=${cache.maxAgeSeconds}, stale-while-revalidate=${cache.maxAgeSeconds * 5}`,
    );
    addVary(reply, 'Accept-Encoding');
    if (etagMatches(request.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('content-length');
      reply.removeHeader('content-type');
      reply.removeHeader('content-encoding');
      return '';
    }
    return payload;
  });
};
