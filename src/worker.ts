// `npm run worker`: background jobs without HTTP. Tracing has to patch pg and ioredis before they load, so the rest of
// Waymark is imported only once it has started (or been left off).
import { loadConfigOrExit, startTracingIfConfigured } from './infra/process.ts';

const config = loadConfigOrExit();
const tracing = await startTracingIfConfigured(config, 'waymark-worker');
const { runWorker } = await import('./worker-process.ts');
await runWorker(config, tracing);
