// Tracing on the embedded database, as `npm start` runs: on with an OTLP endpoint (protobuf, the default protocol),
// off without one or when switched off. A receiver in the test stands in for the collector; the exporter is told to
// wait ten minutes, so whatever arrives was sent by the graceful shutdown.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver } from '../support/otlp-receiver.ts';
import { startWaymark, stopWaymark } from '../support/processes.ts';

let dataDir: string;
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-tracing-'));
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  await receiver.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const TRACEPARENT = `00-${TRACE_ID}-b7ad6b7169203331-01`;

/** Starts Waymark, reads one roadmap with a traceparent, stops it; returns the request's log line and the exit code. */
const readOnce = async (extra: Record<string, string>) => {
  const server = await startWaymark({ DATA_DIR: dataDir, OTEL_BSP_SCHEDULE_DELAY: '600000', ...extra });
  const response = await fetch(`${server.url}/v1/roadmaps/backend-developer`, {
    headers: { traceparent: TRACEPARENT },
  });
  await response.arrayBuffer();
  const code = await stopWaymark(server.child);
  const requestLine = server.logs
    .filter((line) => line.includes('"msg":"request completed"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => line.route === '/v1/roadmaps/:slug');
  // Standard error may still be arriving when the exit is reported.
  const loadedPackagesLine = () => /loaded packages: (\[.*\])/.exec(server.logs.join('\n'))?.[1];
  if (extra.NODE_OPTIONS !== undefined) {
    await expect.poll(loadedPackagesLine, { timeout: 10_000, interval: 50 }).toBeDefined();
  }
  const loaded = loadedPackagesLine();
  const loadedPackages = loaded === undefined ? undefined : (JSON.parse(loaded) as string[]);
  return { status: response.status, code, requestLine, loadedPackages };
};

/** Makes the process list the packages it loaded as it exits. */
const REPORT_LOADED_PACKAGES = { NODE_OPTIONS: `--import=${path.resolve('test/support/report-loaded-packages.ts')}` };

describe('tracing on the embedded database', () => {
  it('when an OTLP endpoint is set, then the request span is exported as protobuf at SIGTERM, without query spans', async () => {
    receiver.requests.length = 0;

    const { status, code, requestLine } = await readOnce({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_SERVICE_NAME: 'waymark-e2e',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=k%3D1',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=e2e-test',
    });

    expect(status).toBe(200);
    expect(code).toBe(0);
    expect(receiver.requests.map((request) => [request.url, request.contentType])).toEqual([
      ['/v1/traces', 'application/x-protobuf'],
    ]);
    // Protobuf keeps strings as UTF-8 and ids as raw bytes, so they can be found without decoding the message.
    const body = receiver.requests[0]!.body;
    expect(body.includes('GET /v1/roadmaps/:slug')).toBe(true);
    expect(body.includes('waymark-e2e')).toBe(true);
    expect(body.includes('deployment.environment.name')).toBe(true);
    expect(body.includes('e2e-test')).toBe(true);
    expect(receiver.requests[0]!.headers['x-api-key']).toBe('k=1');
    expect(body.includes(Buffer.from(TRACE_ID, 'hex'))).toBe(true);
    // PGlite runs inside the process and no instrumentation sees its queries.
    expect(body.includes('pg.query')).toBe(false);
    expect(requestLine?.traceId).toBe(TRACE_ID);
  });

  it('when tracing is switched off or no endpoint is set, then no OTLP request is made, no SDK is loaded and logs carry no trace id', async () => {
    receiver.requests.length = 0;

    const disabled = await readOnce({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_SDK_DISABLED: 'true',
      ...REPORT_LOADED_PACKAGES,
    });
    const unset = await readOnce({ OTEL_SERVICE_NAME: 'waymark-e2e', ...REPORT_LOADED_PACKAGES });

    for (const run of [disabled, unset]) {
      expect(run.status).toBe(200);
      expect(run.code).toBe(0);
      expect(run.requestLine).toBeDefined();
      expect(run.requestLine).not.toHaveProperty('traceId');
      // Only the API, which pg-boss imports for its own spans and which does nothing without an SDK.
      expect(run.loadedPackages).toContain('pg-boss');
      expect(run.loadedPackages?.filter((name) => /opentelemetry|in-the-middle|otel/.test(name))).toEqual([
        '@opentelemetry/api',
      ]);
    }
    expect(receiver.requests).toEqual([]);
  });
});
