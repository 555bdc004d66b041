// SIGTERM as an orchestrator sends it: readiness turns 503 at once, a request in flight still gets its answer, and
// the process exits 0 within the grace period — or 1 when something does not finish in time.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWaymark } from '../support/processes.ts';

const start = (extra: Record<string, string>) => startWaymark({ DATA_DIR: dataDir, ...extra });

let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-shutdown-'));
});
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
  });

/** A login whose body is only half sent: the request stays in flight until `finish` sends the rest. */
const halfSentRequest = async (url: string) => {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  const body = JSON.stringify({ email: 'nobody@example.org', password: 'not the right passphrase' });
  socket.write(
    `POST /v1/auth/login HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
  );
  let response = '';
  socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {});
  return {
    async finish() {
      socket.write(body.slice(10));
      await new Promise((resolve) => setTimeout(resolve, 500));
      return response;
    },
    closed,
    destroy: () => socket.destroy(),
  };
};

describe('stopping on SIGTERM', () => {
  it('when SIGTERM arrives during a request, then /readyz says 503, the request is answered and the exit is 0', async () => {
    const server = await start({ SHUTDOWN_DRAIN_MS: '1500', SHUTDOWN_GRACE_MS: '8000' });
    const exited = exitOf(server.child);
    const inFlight = await halfSentRequest(server.url);
    const signalled = Date.now();

    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ready = await fetch(`${server.url}/readyz`);
    const answer = await inFlight.finish();
    const code = await exited;

    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { shutdown: { status: 'failing' } } });
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(8000);
    expect(server.logs.some((line) => line.includes('"msg":"shutting down"'))).toBe(true);
  });

  it('when a request does not finish within the grace period, then the process exits 1 once it is over', async () => {
    const server = await start({ SHUTDOWN_GRACE_MS: '1000' });
    const exited = exitOf(server.child);
    const stuck = await halfSentRequest(server.url);
    const signalled = Date.now();

    server.child.kill('SIGTERM');
    const code = await exited;
    stuck.destroy();

    expect(code).toBe(1);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(900);
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(server.logs.some((line) => line.includes('shutdown grace period is over'))).toBe(true);
  });
});
