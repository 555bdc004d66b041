// A public document compressed once, when it is rendered, in every encoding Waymark offers. Serving it is then a
// choice, not work: no per-request compression and no per-request hashing. Each encoding is its own representation
// with its own strong ETag (RFC 9110 §8.8.3), and responses vary on Accept-Encoding (http/content-coding.ts chooses).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

/** A strong ETag (RFC 9110 §8.8.3) for a body: its hash, so equal bodies get equal tags on every instance. */
export const strongEtag = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

export type ContentCoding = 'br' | 'gzip' | 'identity';

export interface EncodedVariant {
  body: Buffer;
  etag: string;
}

export type EncodedBody = Record<ContentCoding, EncodedVariant>;

export const encodeBody = (body: Buffer): EncodedBody => {
  const etag = strongEtag(body);
  const tagged = (coding: string) => `${etag.slice(0, -1)}-${coding}"`;
  return {
    identity: { body, etag },
    gzip: { body: gzipSync(body, { level: 9 }), etag: tagged('gzip') },
    // Quality 9 compresses a roadmap within a few milliseconds; 11 is barely smaller and many times slower.
    br: {
      body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
      etag: tagged('br'),
    },
  };
};
