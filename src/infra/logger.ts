import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.ts';

export type { Logger };

/** Secrets never reach the log, whatever a future serializer or a careless `log.info(request)` adds. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
];

/**
 * JSON lines on standard output (or `destination`, for tests that read what was logged). `mixin` adds fields to every
 * line: with tracing on, the trace and span ids of the span the line was written in.
 */
export const createLogger = (
  config: Pick<Config, 'logLevel'>,
  destination?: DestinationStream,
  mixin?: () => object,
): Logger =>
  pino(
    { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, ...(mixin ? { mixin } : {}) },
    destination,
  );
