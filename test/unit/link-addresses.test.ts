import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/modules/link-check/addresses.ts';

describe('the addresses the link checker may connect to', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'this network'],
    ['10.0.0.1', 'private 10/8'],
    ['10.255.255.255', 'private 10/8, last'],
    ['100.64.0.1', 'carrier-grade NAT, first'],
    ['100.127.255.254', 'carrier-grade NAT, last'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback, far end'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['172.16.0.1', 'private 172.16/12, first'],
    ['172.31.255.255', 'private 172.16/12, last'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.10', 'documentation'],
    ['192.168.1.1', 'private 192.168/16'],
    ['198.18.0.1', 'benchmarking'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast, last block'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'IPv6 unspecified'],
    ['::1', 'IPv6 loopback'],
    ['[::1]', 'IPv6 loopback written as a URL host'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback in hex'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata address'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['2001:0:4136:e378::1', 'Teredo'],
    ['2002:7f00:1::1', '6to4 of 127.0.0.1'],
    ['fc00::1', 'unique local, fc'],
    ['fd12:3456:789a::1', 'unique local, fd'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with a zone'],
    ['febf:ffff::1', 'IPv6 link-local, last'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'IPv6 multicast'],
  ])('when the address is %s (%s), then it is refused', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['100.63.255.255'], // just below carrier-grade NAT
    ['100.128.0.1'], // just above it
    ['172.15.255.255'], // just below 172.16/12
    ['172.32.0.1'], // just above it
    ['169.253.255.255'],
    ['192.169.0.1'],
    ['223.255.255.254'], // just below multicast
    ['2606:4700:4700::1111'],
    ['2a00:1450:4001:80b::200e'],
    ['fbff:ffff::1'], // just below unique local
    ['[2606:4700:4700::1111]'],
    ['::ffff:8.8.8.8'], // IPv4-mapped: the public address it carries
  ])('when the address is %s, a public one, then it is allowed', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([['localhost'], ['example.org'], [''], ['999.1.1.1'], ['1.2.3']])(
    'when %j is not an address at all, then it is not called public',
    (text) => {
      expect(isPublicAddress(text)).toBe(false);
    },
  );
});
