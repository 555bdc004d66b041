import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { fastifyTrustProxy, rateLimitKeyOf } from '../../src/http/client-address.ts';

describe('the rate-limit key of a client address', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::ffff:cb00:7107', '203.0.113.7'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:0000:0000:0000:0009', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::203.0.113.7', '64:ff9b:0:0::/64'],
  ])('when the client is %s, then it counts as %s', (ip, key) => {
    expect(rateLimitKeyOf(ip)).toBe(key);
  });

  it('when two IPv6 clients share a /64, then they share a key, and a neighbouring /64 has its own', () => {
    expect(rateLimitKeyOf('2001:db8:1:2::1')).toBe(rateLimitKeyOf('2001:db8:1:2:abcd::9'));
    expect(rateLimitKeyOf('2001:db8:1:3::1')).not.toBe(rateLimitKeyOf('2001:db8:1:2::1'));
  });
});

describe("Fastify's trustProxy for TRUST_PROXY", () => {
  it.each([
    'false',
    '1',
    '3',
    '10.0.0.0/8,fd00::/8',
    'loopback,linklocal,uniquelocal',
    'fe80::1%eth0',
    '::ffff:10.0.0.1',
  ])('when TRUST_PROXY=%s passed the configuration, then Fastify accepts it too', async (value) => {
    const app = Fastify({ trustProxy: fastifyTrustProxy(loadConfig({ TRUST_PROXY: value }).http.trustProxy) });

    await expect(app.ready()).resolves.toBeDefined();
    await app.close();
  });
});
