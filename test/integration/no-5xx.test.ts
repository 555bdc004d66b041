// No input gives a 5xx. Every operation in the committed openapi.json gets the hostile requests of
// test/support/fuzz-cases.ts, as anonymous, as a learner (a browser, with its session cookies), as an admin (a
// bearer access token) and as a program with the admin's personal access token. Each answer must be a 2xx/3xx (the
// input was valid after all) or a 4xx problem+json, and must come within a few seconds.
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import {
  casesFor,
  operationsOf,
  seededRandom,
  type FuzzCase,
  type FuzzInputs,
  type OpenApiDocument,
  undocumentedOperations,
} from '../support/fuzz-cases.ts';
import { arrangeFuzzing, type Identity } from '../support/fuzz-setup.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

const document = JSON.parse(fs.readFileSync('openapi.json', 'utf8')) as OpenApiDocument;
const operations = operationsOf(document);

const REQUEST_TIMEOUT_MS = 8_000;
const CONCURRENCY = 8;
const SEED = 12;
/** However bad the request, the problem that answers it stays short. */
const MAX_PROBLEM_BYTES = 64 * 1024;

/** Errors the app logged, by request id, so a 5xx in the report says what went wrong. */
const loggedErrors = new Map<string, string>();
const errorLog = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { reqId?: string; err?: { message?: string; code?: string } };
      if (entry.reqId !== undefined && entry.err !== undefined) {
        loggedErrors.set(entry.reqId, `${entry.err.code ?? ''} ${entry.err.message ?? ''}`.trim().slice(0, 200));
      }
    }
    done();
  },
});

let t: TestApp;
let identities: Identity[];
let inputs: FuzzInputs;

interface Outcome {
  case: FuzzCase;
  identity: Identity['name'];
  status: number | 'timeout';
  problem: string;
}

const send = async (fuzzCase: FuzzCase, identity: Identity): Promise<Outcome> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), REQUEST_TIMEOUT_MS);
  });
  const response = await Promise.race([
    t.app.inject({
      method: fuzzCase.method as 'GET',
      url: fuzzCase.url,
      headers: { ...identity.headers, ...fuzzCase.headers },
      ...(fuzzCase.payload === undefined ? {} : { payload: fuzzCase.payload }),
    }),
    timeout,
  ]);
  clearTimeout(timer);
  const outcome = { case: fuzzCase, identity: identity.name };
  if (response === 'timeout') return { ...outcome, status: 'timeout', problem: 'no answer in time' };
  const requestId = String(response.headers['x-request-id']);
  if (response.statusCode >= 500) {
    return {
      ...outcome,
      status: response.statusCode,
      problem: loggedErrors.get(requestId) ?? response.body.slice(0, 200),
    };
  }
  // A HEAD answer has the headers of a problem, without its body.
  if (response.statusCode >= 400 && fuzzCase.method !== 'HEAD') {
    const type = String(response.headers['content-type'] ?? '');
    let status: unknown;
    try {
      status = response.json<{ status?: unknown }>().status;
    } catch {
      status = undefined;
    }
    if (response.rawPayload.length > MAX_PROBLEM_BYTES) {
      return { ...outcome, status: response.statusCode, problem: `a problem of ${response.rawPayload.length} bytes` };
    }
    if (!type.startsWith('application/problem+json') || status !== response.statusCode) {
      return {
        ...outcome,
        status: response.statusCode,
        problem: `not a problem+json: ${type} ${response.body.slice(0, 100)}`,
      };
    }
  }
  return { ...outcome, status: response.statusCode, problem: '' };
};

/** Runs `work` over `items`, at most `limit` at a time. */
const inBatches = async <T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) => {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.all(items.slice(start, start + limit).map(work))));
  }
  return results;
};

const isProblem = (outcome: Outcome) => outcome.status === 'timeout' || outcome.status >= 500 || outcome.problem !== '';

const report = (outcomes: Outcome[]) =>
  outcomes
    .filter(isProblem)
    .map((o) => `${o.status} ${o.case.operation} as ${o.identity}: ${o.case.label} → ${o.problem}`);

beforeAll(async () => {
  t = await createTestApp({ logger: createLogger({ logLevel: 'error' }, errorLog) });
  ({ identities, inputs } = await arrangeFuzzing(t, operations));
}, 60_000);
afterAll(() => t.close());

describe('hostile input on every operation', () => {
  it('when the cases are generated from openapi.json, then every operation and every parameter and field has some', () => {
    const random = seededRandom(SEED);
    const missing: string[] = [];
    for (const operation of operations) {
      const cases = casesFor(operation, inputs, random);
      const labels = cases.map((c) => c.label);
      if (!cases.some((c) => c.kind === 'valid')) missing.push(`${operation.name}: no valid request`);
      for (const parameter of [...operation.pathParams, ...operation.queryParams]) {
        const where = parameter.in === 'path' ? 'path' : 'query';
        const prefix = parameter.name === 'cursor' ? 'cursor ' : `${where} ${parameter.name} `;
        if (!labels.some((label) => label.startsWith(prefix))) missing.push(`${operation.name}: ${prefix}`);
      }
      if (operation.body !== undefined) {
        for (const field of Object.keys(operation.body.properties ?? {})) {
          if (!labels.some((label) => label.startsWith(`body /${field} `)))
            missing.push(`${operation.name}: /${field}`);
        }
        if (!cases.some((c) => c.kind === 'content-type')) missing.push(`${operation.name}: content types`);
      }
    }

    expect(operations.length).toBeGreaterThan(40);
    expect(Object.keys(inputs.realCursors).length).toBeGreaterThan(3);
    expect(undocumentedOperations(t.app.routePolicies(), operations).map((op) => op.name)).toContain(
      'GET /dev/mailbox',
    );
    expect(missing).toEqual([]);
  });

  it('when every case is sent, then nothing answers 5xx or hangs, and every 4xx is problem+json', async () => {
    const random = seededRandom(SEED);
    const everything = [...operations, ...undocumentedOperations(t.app.routePolicies(), operations)];
    // Who gets past authorization with a valid request; the others get a few cases each, the rest is shared out.
    const valid = everything.map((operation) => casesFor(operation, inputs, random)[0]!);
    const probes = await inBatches(
      valid.flatMap((fuzzCase) => identities.map((identity) => ({ fuzzCase, identity }))),
      CONCURRENCY,
      ({ fuzzCase, identity }) => send(fuzzCase, identity),
    );
    const admitted = new Map<string, Identity[]>();
    for (const probe of probes) {
      if (probe.status === 401 || probe.status === 403) continue;
      const identity = identities.find((i) => i.name === probe.identity)!;
      admitted.set(probe.case.operation, [...(admitted.get(probe.case.operation) ?? []), identity]);
    }
    const plan: { fuzzCase: FuzzCase; identity: Identity }[] = [];
    for (const operation of everything) {
      const cases = casesFor(operation, inputs, random).slice(1);
      const letIn = admitted.get(operation.name) ?? identities;
      const keptOut = identities.filter((identity) => !letIn.includes(identity));
      cases.forEach((fuzzCase, index) => plan.push({ fuzzCase, identity: letIn[index % letIn.length]! }));
      for (const identity of keptOut) {
        for (let n = 0; n < 3; n += 1) {
          plan.push({ fuzzCase: cases[Math.floor(random() * cases.length)]!, identity });
        }
      }
    }

    // A write that was accepted is read back at once by the reads under its path (PUT /v1/me/roadmaps/{slug} → its
    // plan, calendar, progress): what it stored (a late start date, an odd time zone …) must not break them.
    const writes = new Set(everything.filter((op) => op.method !== 'GET').map((op) => op.name));
    const readsOf = (operation: string) => {
      const path = operation.split(' ')[1]!;
      return valid.filter((read) => read.method === 'GET' && read.operation.split(' ')[1]!.startsWith(path));
    };
    const outcomes = (
      await inBatches(plan, CONCURRENCY, async ({ fuzzCase, identity }) => {
        const written = await send(fuzzCase, identity);
        if (!writes.has(fuzzCase.operation) || typeof written.status !== 'number' || written.status >= 300) {
          return [written];
        }
        const reads: Outcome[] = [];
        for (const read of readsOf(fuzzCase.operation)) {
          const outcome = await send(read, identity);
          reads.push({ ...outcome, problem: outcome.problem && `${outcome.problem}, after ${fuzzCase.label}` });
        }
        return [written, ...reads];
      })
    ).flat();
    // And at the end, whatever was stored, every read still answers.
    const readsAfter = await inBatches(
      valid
        .filter((fuzzCase) => fuzzCase.method === 'GET')
        .flatMap((fuzzCase) => identities.map((identity) => ({ fuzzCase, identity }))),
      CONCURRENCY,
      ({ fuzzCase, identity }) => send(fuzzCase, identity),
    );

    expect(report(probes)).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(1000);
    expect(report(outcomes)).toEqual([]);
    expect(report(readsAfter)).toEqual([]);
    // Enough of the valid requests succeed that the deeper code ran too.
    expect(probes.filter((probe) => typeof probe.status === 'number' && probe.status < 300).length).toBeGreaterThan(
      operations.length,
    );
  }, 240_000);

  it('when the valid request of every operation that writes is sent four times at once, then none answers 5xx', async () => {
    const random = seededRandom(SEED);
    const writes = operations.filter((operation) => operation.method !== 'GET');
    const outcomes: Outcome[] = [];
    for (const operation of writes) {
      const [valid] = casesFor(operation, inputs, random);
      for (const identity of identities) {
        outcomes.push(...(await Promise.all([1, 2, 3, 4].map(() => send(valid!, identity)))));
      }
    }

    expect(outcomes.length).toBe(writes.length * identities.length * 4);
    expect(report(outcomes)).toEqual([]);
  });
});
