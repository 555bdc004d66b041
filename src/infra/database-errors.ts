// Which errors mean "the database cannot answer right now" rather than "this request is wrong" or "Waymark has a bug":
// a server restarting or failing over, a connection a proxy closed, no free connection in time, a statement over its
// timeout. Those are answered 503 with Retry-After (the client may try again), not 500.
import { ServiceUnavailableError } from '../lib/errors.ts';

/** A restart or failover usually takes seconds; clients should not come back sooner. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Errors of the socket to the database server.
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html) of a server that is going or not there
// yet. Class 08 (connection exception) is matched as a whole below.
const UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown: the server is stopping (fast shutdown) or the connection was terminated
  '57P02', // crash_shutdown: another backend crashed and the server restarts
  '57P03', // cannot_connect_now: the server is starting up or shutting down
  '53300', // too_many_connections
]);

const QUERY_CANCELED = '57014'; // statement_timeout, or a cancel from an operator

// What node-postgres and its pool say when a connection ends or cannot be had; these errors carry no code.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // …unexpectedly, …due to connection timeout
  /^timeout exceeded when trying to connect$/, // no connection within connectionTimeoutMillis
  /is not queryable$/, // a client whose connection has already failed or closed
];

type Unavailability = 'unreachable' | 'statement-timeout';

const unavailabilityOf = (error: unknown, depth = 0): Unavailability | undefined => {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (code === QUERY_CANCELED) return 'statement-timeout';
  if (typeof code === 'string' && (SOCKET_ERRORS.has(code) || UNAVAILABLE_STATES.has(code) || /^08/.test(code))) {
    return 'unreachable';
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) {
    return 'unreachable';
  }
  // Connecting to a host name with several addresses fails as an AggregateError of each attempt.
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = unavailabilityOf(inner, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return unavailabilityOf(cause, depth + 1);
};

/** A 503 for an error that means the database cannot answer right now; undefined for every other error. */
export const databaseUnavailableError = (error: unknown): ServiceUnavailableError | undefined => {
  switch (unavailabilityOf(error)) {
    case 'unreachable':
      return new ServiceUnavailableError(
        'The database cannot be reached right now. Try again in a moment.',
        DATABASE_RETRY_AFTER_SECONDS,
      );
    case 'statement-timeout':
      return new ServiceUnavailableError(
        'The database took too long to answer. Try again in a moment.',
        DATABASE_RETRY_AFTER_SECONDS,
      );
    default:
      return undefined;
  }
};
