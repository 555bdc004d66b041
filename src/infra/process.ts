// What the server and the worker do alike as processes: read the configuration or stop with its message, and close
// cleanly on SIGTERM or SIGINT.
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { readBuildInfo } from './build-info.ts';
import type { Logger } from './logger.ts';
import type { Tracing } from './tracing.ts';

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

/**
 * Starts OpenTelemetry tracing when the configuration asks for it, and loads none of the SDK otherwise. Call it before
 * importing anything that uses pg, ioredis or fastify: only modules loaded afterwards are traced.
 */
export const startTracingIfConfigured = async (
  config: Config,
  defaultServiceName: string,
): Promise<Tracing | undefined> => {
  if (config.tracing === undefined) return undefined;
  const { startTracing } = await import('./tracing.ts');
  return startTracing(config.tracing, { defaultName: defaultServiceName, version: readBuildInfo(config).version });
};

/**
 * Runs `close` once on the first SIGTERM or SIGINT, then exits 0 (1 when closing failed). Whatever is still running
 * after `graceMs` is abandoned: the process exits 1, so an orchestrator's own kill never has to.
 */
export const closeOnSignals = (logger: Logger, graceMs: number, close: (deadline: number) => Promise<void>) => {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    const deadline = Date.now() + graceMs;
    logger.info({ signal, graceMs }, 'shutting down');
    setTimeout(() => {
      logger.error({ graceMs }, 'shutdown grace period is over; exiting with work unfinished');
      process.exit(1);
    }, graceMs).unref();
    close(deadline)
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};

/** What is left of the grace period for the job in hand, keeping a little for closing the pools afterwards. */
export const jobGraceWithin = (deadline: number) => Math.max(0, deadline - Date.now() - 500);
