// Errors the use cases raise. The HTTP layer turns each into an RFC 9457 problem; nothing here knows about HTTP
// beyond the status code it maps to.

export interface FieldError {
  /** Where the problem is: `query`, `params`, `body`, `headers`, or a file for content. */
  in: string;
  /** JSON pointer (RFC 6901) to the field within it. */
  pointer: string;
  detail: string;
  /**
   * For a client to word the problem its own way: the schema rule that failed (JSON Schema keyword, e.g. `minLength`,
   * `maximum`, `format`) and its bound when it has one. Absent on checks made outside the schema.
   */
  code?: string;
  limit?: number;
  format?: string;
}

/** A problem names at most this many fields: a body of 60 000 unknown keys must not get a 6 MB answer. */
export const MAX_FIELD_ERRORS = 20;

/** A field name as a problem quotes it: a key of half a megabyte is not echoed back whole. */
export const quotedField = (pointer: string) => (pointer.length > 200 ? `${pointer.slice(0, 200)}…` : pointer);

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  /** Response headers the problem needs, such as WWW-Authenticate on a 401. */
  readonly headers: Record<string, string> = {};
  constructor(title: string, detail: string, errors?: FieldError[]) {
    super(detail);
    this.title = title;
    this.errors = errors;
  }
}

export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly code = 'unauthorized';
  override readonly headers = { 'www-authenticate': 'Bearer realm="waymark"' };
  constructor(detail: string) {
    super('Authentication required', detail);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(detail: string) {
    super('Not allowed', detail);
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'not-found';
  constructor(detail: string) {
    super('Not found', detail);
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = 'validation-failed';
  constructor(detail: string, errors?: FieldError[]) {
    super('Your request is not valid', detail, errors);
  }
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly code = 'conflict';
  constructor(detail: string, errors?: FieldError[]) {
    super('Conflict', detail, errors);
  }
}

/** A conditional change (If-Match) whose condition no longer holds: someone changed the thing since it was read. */
export class PreconditionFailedError extends AppError {
  readonly status = 412;
  readonly code = 'precondition-failed';
  constructor(detail: string) {
    super('Changed since you read it', detail);
  }
}

/** A change that must be conditional (If-Match) came without its condition. */
export class PreconditionRequiredError extends AppError {
  readonly status = 428;
  readonly code = 'precondition-required';
  constructor(detail: string) {
    super('If-Match required', detail);
  }
}

/** Retry-After in whole seconds, at least 1. */
const retryAfter = (seconds: number) => ({ 'retry-after': String(Math.max(1, Math.ceil(seconds))) });

export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly code = 'too-many-requests';
  override readonly headers: Record<string, string>;
  constructor(detail: string, retryAfterSeconds: number) {
    super('Too many requests', detail);
    this.headers = retryAfter(retryAfterSeconds);
  }
}

export class LockedError extends AppError {
  readonly status = 423;
  readonly code = 'locked';
  constructor(detail: string) {
    super('Locked', detail);
  }
}

/** Waymark cannot take the request on now (a full queue, say); the client may retry after `retryAfterSeconds`. */
export class ServiceUnavailableError extends AppError {
  readonly status = 503;
  readonly code = 'service-unavailable';
  override readonly headers: Record<string, string>;
  constructor(detail: string, retryAfterSeconds: number) {
    super('Service unavailable', detail);
    this.headers = retryAfter(retryAfterSeconds);
  }
}
