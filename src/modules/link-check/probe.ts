// One check of one link: HEAD, then GET when the server refuses HEAD, following at most five redirects, each request
// bounded in time and the GET in bytes read. Every hop's host is resolved here and each of its addresses checked
// (addresses.ts) before connecting, and the connection goes to an address that was checked: the request's `lookup`
// hands node:http the addresses resolved and checked a moment before, so a name that resolves to a public address
// for the check and a private one for the connection (DNS rebinding) gets nowhere. node:http rather than fetch,
// because fetch follows no lookup of ours and would resolve the name again.
import { lookup as resolve, type LookupAddress } from 'node:dns';
import { promisify } from 'node:util';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { LinkOutcome } from '../../lib/enums.ts';
import { isPublicAddress } from './addresses.ts';

export interface ProbeOptions {
  /** Names Waymark and the instance, so a site owner can tell who knocks. */
  userAgent: string;
  timeoutMs: number;
  /** host or host:port entries allowed even when they resolve to non-public addresses (LINK_CHECK_ALLOWED_HOSTS). */
  allowedHosts: readonly string[];
  maxRedirects?: number;
  maxBodyBytes?: number;
}

export interface ProbeResult {
  outcome: LinkOutcome;
  httpStatus: number | null;
  finalUrl: string;
  reason: string;
  durationMs: number;
}

/** A failure that ends the check with outcome `error` (or `dead`) and says why in words. */
class ProbeFailure extends Error {
  readonly outcome: LinkOutcome;
  constructor(outcome: LinkOutcome, reason: string) {
    super(reason);
    this.outcome = outcome;
  }
}

const resolveAll = promisify(resolve) as unknown as (
  host: string,
  options: { all: true; verbatim: true },
) => Promise<LookupAddress[]>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);
/** Answers that mean the server is there but will not talk to a robot: not the reader's problem. */
const REFUSES_ROBOTS = new Set([401, 403, 429]);

const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

export const createLinkProbe = ({
  userAgent,
  timeoutMs,
  allowedHosts,
  maxRedirects = 5,
  maxBodyBytes = 64 * 1024,
}: ProbeOptions) => {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  const isAllowed = (url: URL) => allowed.has(url.host.toLowerCase()) || allowed.has(url.hostname.toLowerCase());

  /** The addresses to connect to, each checked, or a failure that says which one is not public. */
  const addressesOf = async (url: URL): Promise<LookupAddress[]> => {
    const host = bareHost(url);
    const family = isIP(host);
    let addresses: LookupAddress[];
    if (family !== 0) {
      addresses = [{ address: host, family }];
    } else {
      try {
        addresses = await resolveAll(host, { all: true, verbatim: true });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ENOTFOUND') throw new ProbeFailure('dead', `The host name ${host} does not exist.`);
        throw new ProbeFailure('error', `The host name ${host} could not be looked up (${code ?? 'no answer'}).`);
      }
    }
    if (!isAllowed(url)) {
      const refused = addresses.find(({ address }) => !isPublicAddress(address));
      if (refused !== undefined) {
        throw new ProbeFailure('error', `Blocked: ${host} is at ${refused.address}, which is not a public address.`);
      }
    }
    return addresses;
  };

  /** One request; the status and Location of its answer. */
  const request = async (url: URL, method: 'HEAD' | 'GET') => {
    const addresses = await addressesOf(url);
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<{ status: number; location: string | undefined }>((settle, fail) => {
      const timer = setTimeout(() => {
        // Said first, so the errors destroying the request and its answer cause are not what is recorded.
        fail(new ProbeFailure('error', `No full answer within ${timeoutMs / 1000} s.`));
        outgoing.destroy();
      }, timeoutMs);
      const outgoing = client.request(
        {
          method,
          host: bareHost(url),
          port: url.port === '' ? undefined : Number(url.port),
          path: `${url.pathname}${url.search}`,
          headers: { 'user-agent': userAgent, accept: '*/*', host: url.host },
          agent: false,
          // Hands back what was resolved and checked above: node:http never asks DNS again.
          lookup: (_hostname, options, callback) => {
            const first = addresses[0]!;
            if ((options as { all?: boolean }).all === true)
              (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
            else (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
          },
        },
        (response) => {
          let read = 0;
          const done = () => {
            clearTimeout(timer);
            settle({ status: response.statusCode ?? 0, location: response.headers.location });
          };
          response.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read >= maxBodyBytes) {
              response.destroy();
              done();
            }
          });
          response.on('end', done);
          response.on('error', (error) => {
            clearTimeout(timer);
            fail(error);
          });
        },
      );
      outgoing.on('error', (error) => {
        clearTimeout(timer);
        fail(error);
      });
      outgoing.end();
    });
  };

  const failureOf = (error: unknown): ProbeFailure => {
    if (error instanceof ProbeFailure) return error;
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') return new ProbeFailure('error', 'The server refused the connection.');
    if (code === 'ECONNRESET') return new ProbeFailure('error', 'The server closed the connection.');
    return new ProbeFailure('error', `The request failed (${code ?? (error as Error).message}).`);
  };

  /** Follows the link from `start`; `reached.url` is the last hop asked, for a failure's record. */
  const follow = async (start: URL, reached: { url: string }): Promise<Omit<ProbeResult, 'durationMs'>> => {
    let current = start;
    let movedForGood = false;
    for (let redirects = 0; ; redirects += 1) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new ProbeFailure('error', `${current.protocol} links cannot be checked.`);
      }
      let answer = await request(current, 'HEAD');
      // Some servers answer HEAD with 405, 501 or even 404 while GET works: ask again the way a browser does.
      if (answer.status >= 400) answer = await request(current, 'GET');
      const { status, location } = answer;
      if (REDIRECTS.has(status)) {
        if (location === undefined) throw new ProbeFailure('error', `HTTP ${status} without a Location to follow.`);
        if (redirects === maxRedirects) throw new ProbeFailure('error', `More than ${maxRedirects} redirects.`);
        if (PERMANENT.has(status)) movedForGood = true;
        current = new URL(location, current);
        reached.url = current.toString();
        continue;
      }
      const finalUrl = current.toString();
      const base = { httpStatus: status, finalUrl };
      if (status >= 200 && status < 300) {
        return movedForGood && finalUrl !== start.toString()
          ? { ...base, outcome: 'moved', reason: `Moved permanently to ${finalUrl}.` }
          : { ...base, outcome: 'ok', reason: '' };
      }
      if (status === 404 || status === 410) {
        return { ...base, outcome: 'dead', reason: status === 404 ? 'Not found (404).' : 'Gone (410).' };
      }
      if (REFUSES_ROBOTS.has(status)) {
        return { ...base, outcome: 'ok', reason: `HTTP ${status}: the server is there but does not answer robots.` };
      }
      return { ...base, outcome: 'error', reason: `HTTP ${status}.` };
    }
  };

  return {
    /** Checks `url`; never throws. */
    async probe(url: string): Promise<ProbeResult> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      let start: URL;
      try {
        start = new URL(url);
      } catch {
        return { outcome: 'error', httpStatus: null, finalUrl: url, reason: 'Not a valid URL.', durationMs: 0 };
      }
      const reached = { url: start.toString() };
      try {
        return { ...(await follow(start, reached)), durationMs: elapsed() };
      } catch (error) {
        const failure = failureOf(error);
        return {
          outcome: failure.outcome,
          httpStatus: null,
          finalUrl: reached.url,
          reason: failure.message,
          durationMs: elapsed(),
        };
      }
    },
  };
};

export type LinkProbe = ReturnType<typeof createLinkProbe>;

/** The host a URL is fetched from, for pacing requests per host; the text itself when it is no URL. */
export const hostOf = (url: string) => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
};
