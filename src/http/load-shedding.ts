// Load shedding: a process that is already behind (event-loop delay, heap, resident memory over their limits) answers
// 503 with Retry-After at once instead of queueing more. A route opts out with a `pressureHandler` that returns
// nothing (liveness, /metrics).
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

const MB = 1024 * 1024;

/** After the security headers and the request id, so that the 503 carries them. */
export const registerLoadShedding = async (app: FastifyInstance, loadShed: Config['loadShed']) => {
  await app.register(underPressure, {
    maxEventLoopDelay: loadShed.maxEventLoopDelayMs,
    maxHeapUsedBytes: loadShed.maxHeapUsedMb * MB,
    maxRssBytes: loadShed.maxRssMb * MB,
    retryAfter: loadShed.retryAfterSeconds,
    // Each check runs every sample; a zero threshold turns it off.
    sampleInterval: 250,
  });
};
