// Who the client is, for the per-IP limits: the address Fastify worked out from TRUST_PROXY (see config.ts), with
// IPv6 clients counted by their /64. An ISP hands a home or a server a whole /64, so a client could otherwise step
// through 2^64 addresses to escape any per-address limit.
import { isIPv4, isIPv6 } from 'node:net';
import type { TrustProxy } from '../config.ts';

/** Fastify's `trustProxy` for TRUST_PROXY. */
export const fastifyTrustProxy = (trust: TrustProxy) =>
  typeof trust === 'number'
    ? // Fastify refuses a bare hop count (it trusts nobody then); a count trusts that many hops, whatever their
      // address, which is what an operator who sets one asks for.
      (_address: string, hop: number) => hop < trust
    : trust;

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail included, a zone id left out). */
const ipv6Groups = (address: string): number[] => {
  const groupsOf = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [Number.parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
};

/** The key a client's requests count under: IPv4 as it is, IPv4-mapped IPv6 as IPv4, other IPv6 as its /64. */
export const rateLimitKeyOf = (ip: string): string => {
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  const groups = ipv6Groups(ip);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
};
