// What the server and the worker do alike as processes: read the configuration or stop with its message, and close
// cleanly on SIGTERM or SIGINT.
import { ConfigError, loadConfig, type Config } from '../config.ts';
import type { Logger } from './logger.ts';

const EX_CONFIG = 78;

export const loadConfigOrExit = (): Config => {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(EX_CONFIG);
    }
    throw error;
  }
};

/** Runs `close` once on the first SIGTERM or SIGINT, then exits 0 (1 when closing failed). */
export const closeOnSignals = (logger: Logger, close: () => Promise<void>) => {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};
