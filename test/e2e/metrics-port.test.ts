// METRICS_PORT as a deployment sets it: /metrics on a port of its own (reachable by the scraper, not by the public),
// still behind METRICS_TOKEN, and no longer on the API port.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWaymark, type Started } from '../support/processes.ts';
import { freePort } from '../support/free-port.ts';

const token = randomBytes(36).toString('base64url');
let dataDir: string;
let metricsPort: number;
let waymark: Started;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-metrics-'));
  metricsPort = await freePort();
  waymark = await startWaymark({ DATA_DIR: dataDir, METRICS_PORT: String(metricsPort), METRICS_TOKEN: token });
});
afterAll(async () => {
  waymark.child.kill('SIGTERM');
  await new Promise((resolve) => waymark.child.once('exit', resolve));
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('metrics on a port of their own', () => {
  it('when the scraper sends the token to METRICS_PORT, then it gets the request metrics of the API', async () => {
    await fetch(`${waymark.url}/v1/roadmaps`);

    const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/waymark_http_request_duration_seconds_count\{[^}]*\/v1\/roadmaps/);
  });

  it('when a request to METRICS_PORT has no token or a wrong one, then it gets 401', async () => {
    const without = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    const wrong = await fetch(`http://127.0.0.1:${metricsPort}/metrics`, {
      headers: { authorization: `Bearer ${token.slice(1)}x` },
    });

    expect(without.status).toBe(401);
    expect(wrong.status).toBe(401);
  });

  it('when METRICS_PORT is set, then the API port does not serve /metrics', async () => {
    const response = await fetch(`${waymark.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });

    expect(response.status).toBe(404);
  });
});
