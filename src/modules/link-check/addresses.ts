// Which addresses the link checker may connect to: public unicast ones only. A resource URL is content anyone with
// commit access can write, and a check runs inside the deployment's network, so without this a link could make
// Waymark probe its own database, a cloud metadata endpoint (169.254.169.254) or an intranet (server-side request
// forgery). Node's BlockList does the range arithmetic, and it treats an IPv4-mapped IPv6 address (::ffff:a.b.c.d)
// as the IPv4 address it carries (so ::ffff:127.0.0.1 is loopback, and ::ffff:8.8.8.8 public), both ways round, which
// is why the mapped range itself is not listed: it would take every IPv4 address with it.
import { BlockList, isIP } from 'node:net';

/** Ranges that are not the public internet (IANA special-purpose registries), each with why. */
export const NON_PUBLIC_RANGES: readonly { range: string; why: string }[] = [
  { range: '0.0.0.0/8', why: 'this network (unspecified)' },
  { range: '10.0.0.0/8', why: 'private (RFC 1918)' },
  { range: '100.64.0.0/10', why: 'carrier-grade NAT (RFC 6598)' },
  { range: '127.0.0.0/8', why: 'loopback' },
  { range: '169.254.0.0/16', why: 'link-local (cloud metadata lives here)' },
  { range: '172.16.0.0/12', why: 'private (RFC 1918)' },
  { range: '192.0.0.0/24', why: 'IETF protocol assignments' },
  { range: '192.0.2.0/24', why: 'documentation' },
  { range: '192.88.99.0/24', why: '6to4 relay anycast' },
  { range: '192.168.0.0/16', why: 'private (RFC 1918)' },
  { range: '198.18.0.0/15', why: 'benchmarking' },
  { range: '198.51.100.0/24', why: 'documentation' },
  { range: '203.0.113.0/24', why: 'documentation' },
  { range: '224.0.0.0/4', why: 'multicast' },
  { range: '240.0.0.0/4', why: 'reserved, and the broadcast address' },
  { range: '::/96', why: 'unspecified, loopback and IPv4-compatible' },
  { range: '64:ff9b::/96', why: 'NAT64, which reaches IPv4 addresses behind it' },
  { range: '64:ff9b:1::/48', why: 'local NAT64' },
  { range: '100::/64', why: 'discard' },
  { range: '2001::/23', why: 'IETF protocol assignments (Teredo among them)' },
  { range: '2001:db8::/32', why: 'documentation' },
  { range: '2002::/16', why: '6to4, which carries an IPv4 address' },
  { range: 'fc00::/7', why: 'unique local (private)' },
  { range: 'fe80::/10', why: 'link-local' },
  { range: 'fec0::/10', why: 'site-local (deprecated)' },
  { range: 'ff00::/8', why: 'multicast' },
];

const blocked = new BlockList();
for (const { range } of NON_PUBLIC_RANGES) {
  const [network = '', prefix = ''] = range.split('/');
  blocked.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
}

/** An address without the brackets of a URL host or an IPv6 zone (fe80::1%eth0). */
const bare = (address: string) => address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');

/** True only for a public unicast IPv4 or IPv6 address; anything that is not an address at all is not public. */
export const isPublicAddress = (address: string): boolean => {
  const plain = bare(address);
  const family = isIP(plain);
  if (family === 0) return false;
  return !blocked.check(plain, family === 6 ? 'ipv6' : 'ipv4');
};
