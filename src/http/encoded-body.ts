// A public document compressed once, when it is rendered, in every encoding Waymark offers. Serving it is then a
// choice, not work: no per-request compression and no per-request hashing. Each encoding is its own representation
// with its own strong ETag (RFC 9110 §8.8.3), and responses vary on Accept-Encoding.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import { strongEtag } from './conditional-get.ts';

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

// No negotiation cache: its keys would be whatever headers clients send.
const negotiator = new Negotiator<ContentCoding>({ supportedValues: ['br', 'gzip', 'identity'] });

/** The coding to send for an Accept-Encoding header; identity when nothing else is acceptable. */
export const chooseCoding = (acceptEncoding: string | undefined): ContentCoding =>
  acceptEncoding === undefined ? 'identity' : (negotiator.negotiate(acceptEncoding) ?? 'identity');
