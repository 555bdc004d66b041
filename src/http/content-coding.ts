// Which of a public document's encodings (lib/encoded-body.ts) to send for a request's Accept-Encoding.
import { Negotiator } from '@fastify/accept-negotiator';
import type { ContentCoding } from '../lib/encoded-body.ts';

// No negotiation cache: its keys would be whatever headers clients send.
const negotiator = new Negotiator<ContentCoding>({ supportedValues: ['br', 'gzip', 'identity'] });

/** The coding to send for an Accept-Encoding header; identity when nothing else is acceptable. */
export const chooseCoding = (acceptEncoding: string | undefined): ContentCoding =>
  acceptEncoding === undefined ? 'identity' : (negotiator.negotiate(acceptEncoding) ?? 'identity');
