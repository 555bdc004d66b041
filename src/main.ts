// `npm start`: the HTTP API. Tracing has to patch pg, ioredis and fastify before they load, so the rest of Waymark is
// imported only once it has started (or been left off).
import { loadConfigOrExit, startTracingIfConfigured } from './infra/process.ts';

const started = performance.now();
const config = loadConfigOrExit();
const tracing = await startTracingIfConfigured(config, 'waymark-api');
const { runApi } = await import('./api-process.ts');
await runApi(config, tracing, started);
