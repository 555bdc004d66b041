// OpenTelemetry tracing, loaded only when an OTLP endpoint is configured: main.ts and worker.ts import this module
// dynamically, and everything it patches (pg, ioredis, fastify, node:http) only after it has run. Without an endpoint
// none of the SDK is loaded; only the OpenTelemetry API is, by pg-boss, and it does nothing without an SDK.
import { register as registerImportHooks } from 'import-in-the-middle/register-hooks.mjs';
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Sampler,
} from '@opentelemetry/sdk-trace';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import type { TracingConfig } from '../config.ts';

/** What the rest of Waymark needs from tracing; every member is a plain function, so callers import no OpenTelemetry. */
export interface Tracing {
  /** The pino mixin: `traceId` and `spanId` of the span a log line is written in, so logs and traces join. */
  logFields: () => { traceId?: string; spanId?: string };
  /** Exports the spans still buffered and stops, giving up at `deadline` (ms since the epoch); the last step of a
   * graceful shutdown. */
  shutdown: (deadline: number) => Promise<void>;
}

// The packages whose ESM imports are intercepted (pg, fastify and ioredis are CommonJS, imported from Waymark's ESM);
// everything else loads untouched.
const INSTRUMENTED_MODULES = ['pg', 'pg-pool', 'ioredis', 'fastify'];

const samplerFor = ({ sampler, samplerRatio }: Pick<TracingConfig, 'sampler' | 'samplerRatio'>): Sampler => {
  const ratio = new TraceIdRatioBasedSampler(samplerRatio);
  switch (sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
  }
};

export const startTracing = (config: TracingConfig, service: { defaultName: string; version: string }): Tracing => {
  registerImportHooks({ include: INSTRUMENTED_MODULES });

  const exporterOptions = { url: config.tracesUrl, headers: config.headers };
  const exporter =
    config.protocol === 'http/json' ? new OtlpJsonExporter(exporterOptions) : new OtlpProtobufExporter(exporterOptions);
  const provider = new TracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({
        ...config.resourceAttributes,
        'service.name': config.serviceName ?? config.resourceAttributes['service.name'] ?? service.defaultName,
        'service.version': service.version,
      }),
    ),
    sampler: samplerFor(config),
    spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis: config.exportDelayMs })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // traceparent only: Waymark uses no baggage, and pg-boss stores what is propagated on each job.
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);

  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // The server span per request; incoming traceparent headers continue the caller's trace.
      new HttpInstrumentation(),
      // Names the server span by route template (GET /v1/roadmaps/:slug) and adds a span for the handler. Hook spans
      // are left out: a dozen hooks per request would bury the queries.
      new FastifyOtelInstrumentation({ registerOnInitialization: true, instrumentHooks: false }),
      // Only inside a request or a job: pg-boss polls every few seconds, and each poll would be a trace of its own.
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });

  return {
    logFields: () => {
      const spanContext = trace.getActiveSpan()?.spanContext();
      return spanContext === undefined ? {} : { traceId: spanContext.traceId, spanId: spanContext.spanId };
    },
    shutdown: async (deadline) => {
      // An unreachable collector must not hold the process past its grace period: the spans are then lost.
      let timer: NodeJS.Timeout | undefined;
      const givingUp = new Promise<void>(
        (resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))),
      );
      await Promise.race([provider.shutdown(), givingUp]);
      clearTimeout(timer);
    },
  };
};
