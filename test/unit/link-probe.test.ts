// The checker's refusals before any request: a loopback server nothing allows, and links that are not http(s). The
// integration test (test/integration/link-check.test.ts) covers what it finds when a host is allowed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkProbe } from '../../src/modules/link-check/probe.ts';

let server: http.Server;
let base: string;
let asked = 0;

beforeAll(async () => {
  server = http.createServer((_request, response) => {
    asked += 1;
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const probe = createLinkProbe({ userAgent: 'test', timeoutMs: 400, allowedHosts: [] });

describe('the link checker without allowed hosts', () => {
  it('when a link is on loopback and nothing allows it, then it is blocked before any request', async () => {
    const result = await probe.probe(`${base}/ok`);

    expect(result).toMatchObject({ outcome: 'error', httpStatus: null });
    expect(result.reason).toMatch(/^Blocked: 127\.0\.0\.1 is at 127\.0\.0\.1, which is not a public address\.$/);
    expect(asked).toBe(0);
  });

  it('when a link names localhost, then the name is resolved and its loopback address blocked', async () => {
    const result = await probe.probe(base.replace('127.0.0.1', 'localhost'));

    expect(result.reason).toMatch(/^Blocked: localhost is at (127\.0\.0\.1|::1)/);
    expect(asked).toBe(0);
  });

  it('when the same host is allowed on another port only, then this port is still blocked', async () => {
    const other = createLinkProbe({ userAgent: 'test', timeoutMs: 400, allowedHosts: ['127.0.0.1:1'] });

    expect((await other.probe(`${base}/ok`)).reason).toMatch(/^Blocked/);
    expect(asked).toBe(0);
  });

  it('when the host is allowed without a port, then every port of it is', async () => {
    const other = createLinkProbe({ userAgent: 'test', timeoutMs: 400, allowedHosts: ['127.0.0.1'] });

    expect(await other.probe(`${base}/ok`)).toMatchObject({ outcome: 'ok', httpStatus: 200 });
    expect(asked).toBe(1);
  });

  it.each([['file:///etc/passwd'], ['ftp://example.org/file'], ['not a url']])(
    'when the link is %s, then nothing is fetched',
    async (link) => {
      expect((await probe.probe(link)).outcome).toBe('error');
    },
  );
});
