import { pino, type Logger } from 'pino';
import type { Config } from '../config.ts';

export type { Logger };

export const createLogger = (config: Pick<Config, 'logLevel'>): Logger =>
  pino({
    level: config.logLevel,
    // Secrets never reach the log, whatever a future serializer or a careless `log.info(request)` adds.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.refreshToken',
      ],
      censor: '[redacted]',
    },
  });
