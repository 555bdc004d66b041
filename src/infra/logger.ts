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
  // A mailed link's token, logged at the top level or inside a job's data.
  'token',
  'data.token',
  '*.data.token',
];

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * Fastify logs `{ req }` with a request that failed badly. Its path is enough: a query string may hold a mailed link's
 * token (the web app's /verify-email?token=… and /reset-password?token=… pages are served here).
 */
const req = (request: LoggedRequest) => ({
  method: request.method,
  url: request.url?.split('?')[0],
  remoteAddress: request.ip,
  remotePort: request.socket?.remotePort,
});

/**
 * JSON lines on standard output (or `destination`, for tests that read what was logged). `mixin` adds fields to every
 * line: with tracing on, the trace and span ids of the span the line was written in.
 */
export const createLogger = (
  config: Pick<Config['observability'], 'logLevel'>,
  destination?: DestinationStream,
  mixin?: () => object,
): Logger =>
  pino(
    {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { req },
      ...(mixin ? { mixin } : {}),
    },
    destination,
  );
