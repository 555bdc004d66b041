// Strong ETags and Cache-Control for public reads, and 304 Not Modified for If-None-Match. A route opts in with
// `config: { publicCache: { maxAgeSeconds } }`; a handler that already knows its ETag sets the header itself and the
// body is not hashed again.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    publicCache?: { maxAgeSeconds: number };
  }
}

export const strongEtag = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string) => {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
};

export const registerConditionalGet = (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    const cache = reply.routeOptions.config.publicCache;
    if (cache === undefined || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = (reply.getHeader('etag') as string | undefined) ?? strongEtag(payload);
    reply.header('etag', etag);
    reply.header(
      'cache-control',
      `public, max-age=${cache.maxAgeSeconds}, stale-while-revalidate=${cache.maxAgeSeconds * 5}`,
    );
    reply.header('vary', 'Accept-Encoding');
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
