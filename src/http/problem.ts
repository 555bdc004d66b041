// Every error Waymark answers with is an RFC 9457 problem (application/problem+json). This module holds its schema,
// the error handler that builds it, and the 404 handler for unknown routes.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Type, type Static } from 'typebox';
import { databaseUnavailableError } from '../infra/database-errors.ts';
import { AppError, MAX_FIELD_ERRORS, quotedField, type FieldError } from '../lib/errors.ts';
import { sendAppShell } from './web-app.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const FieldErrorSchema = Type.Object({
  in: Type.String({ description: 'query, params, body or headers' }),
  pointer: Type.String({ description: 'JSON pointer (RFC 6901) to the field' }),
  detail: Type.String(),
  code: Type.Optional(
    Type.String({ description: 'The schema rule that failed (JSON Schema keyword: minLength, maximum, format, …)' }),
  ),
  limit: Type.Optional(Type.Number({ description: "The rule's bound, for minLength, maximum and the like" })),
  format: Type.Optional(
    Type.String({ description: 'For code format: the format the value is not in (email, date, …)' }),
  ),
});

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI reference naming the kind of problem' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String({ description: 'The path of the request that failed' }),
    requestId: Type.String({ description: 'Quote it when you report the problem' }),
    errors: Type.Optional(Type.Array(FieldErrorSchema, { description: 'One entry per invalid field' })),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof ProblemSchema>;

/** Response entries for a route's schema: `...problemResponses(400, 404)`. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: STATUS_CODES[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: Type.Ref('Problem') } },
      },
    ]),
  );

export const problemType = (code: string) => `/problems/${code}`;

const codeForStatus = (status: number) =>
  (STATUS_CODES[status] ?? 'error')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

// Fastify reports the part of the request by the schema key; problems speak of the part of the request.
const PARTS: Record<string, string> = { querystring: 'query', params: 'params', body: 'body', headers: 'headers' };

interface AjvLikeError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const fieldErrorsOf = (error: FastifyError): FieldError[] => {
  const part = PARTS[error.validationContext ?? ''] ?? error.validationContext ?? 'body';
  return (error.validation as AjvLikeError[]).slice(0, MAX_FIELD_ERRORS).map((issue) => {
    const named = issue.params.missingProperty ?? issue.params.additionalProperty;
    const pointer = typeof named === 'string' ? `${issue.instancePath}/${named}` : issue.instancePath;
    const allowed = Array.isArray(issue.params.allowedValues) ? `: ${issue.params.allowedValues.join(', ')}` : '';
    const detail =
      issue.keyword === 'additionalProperties'
        ? 'is not a known field'
        : issue.keyword === 'required'
          ? 'is required'
          : `${issue.message ?? 'is not valid'}${allowed}`;
    const limit = typeof issue.params.limit === 'number' ? { limit: issue.params.limit } : {};
    const format = typeof issue.params.format === 'string' ? { format: issue.params.format } : {};
    return {
      in: part,
      pointer: pointer === '' ? '/' : quotedField(pointer),
      detail,
      code: issue.keyword,
      ...limit,
      ...format,
    };
  });
};

const send = (request: FastifyRequest, reply: FastifyReply, problem: Omit<Problem, 'instance' | 'requestId'>) =>
  reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url.split('?')[0] ?? '/', requestId: request.id });

// Errors Fastify's router raises before any route or hook runs (Fastify's `frameworkErrors` option).
const FRAMEWORK_DETAILS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The path is not valid: a percent-escape in it is broken or is not UTF-8.',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the path is longer than any Waymark accepts.',
};

/** Fastify's `frameworkErrors`: a URL the router cannot even read still gets a problem, not Fastify's own JSON. */
export const sendFrameworkError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  const status = error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 400;
  // No hook has run yet, so the header the other answers get from request-id.ts is set here.
  reply.header('x-request-id', request.id);
  send(request, reply, {
    type: problemType(codeForStatus(status)),
    title: STATUS_CODES[status] ?? 'Client error',
    status,
    detail: FRAMEWORK_DETAILS[error.code] ?? error.message,
  });
};

// Requests Node's HTTP parser refuses before Fastify sees them (Fastify's `clientErrorHandler` option).
const CLIENT_ERRORS: Record<string, [status: number, detail: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive in time.'],
  HPE_HEADER_OVERFLOW: [431, 'The request headers are larger than Waymark accepts.'],
};

/**
 * For Fastify's `clientErrorHandler`: a request that is not valid HTTP (a NUL or raw non-ASCII byte in the path or a
 * header, a broken chunk) still gets a problem, written to the socket as Fastify's own handler does. `headerLines`
 * are written with it (`Name: value\r\n` each).
 */
export const writeClientError = (error: Error & { code?: string }, socket: Socket, headerLines: string) => {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request is not valid HTTP.'];
  const title = STATUS_CODES[status] ?? 'Client error';
  // No request was parsed: its path is not known, and no request id was given out.
  const body = JSON.stringify({
    type: problemType(codeForStatus(status)),
    title,
    status,
    detail,
    instance: '/',
    requestId: randomUUID(),
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n${headerLines}Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
};

/** `appShell`: the web app's HTML, sent instead of a 404 to page requests (see web-app.ts). */
export const registerProblemHandlers = (app: FastifyInstance, { appShell }: { appShell?: Buffer } = {}) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // The database restarting or failing over is not a bug: 503 with Retry-After, and the cause in the log.
    const appError = error instanceof AppError ? error : databaseUnavailableError(error);
    if (appError !== undefined && appError !== error) request.log.warn({ err: error }, 'database unavailable');
    if (appError !== undefined) {
      reply.headers(appError.headers);
      return send(request, reply, {
        type: problemType(appError.code),
        title: appError.title,
        status: appError.status,
        detail: appError.message,
        ...(appError.errors === undefined ? {} : { errors: appError.errors }),
      });
    }
    if (error.validation) {
      const errors = fieldErrorsOf(error);
      const unnamed = (error.validation?.length ?? 0) - errors.length;
      return send(request, reply, {
        type: problemType('validation-failed'),
        title: 'Your request is not valid',
        status: 400,
        detail: [
          ...errors.map((e) => `${e.in} ${e.pointer} ${e.detail}`),
          ...(unnamed > 0 ? [`and ${unnamed} more`] : []),
        ].join('; '),
        errors,
      });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(request, reply, {
        type: problemType('unsupported-media-type'),
        title: 'Unsupported Media Type',
        status: 415,
        detail: 'Send the request body as JSON, with Content-Type: application/json.',
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(request, reply, {
        type: problemType(codeForStatus(status)),
        title: STATUS_CODES[status] ?? 'Client error',
        status,
        detail: error.message,
      });
    }
    request.log.error({ err: error }, 'request failed');
    return send(request, reply, {
      type: problemType('internal-error'),
      title: 'Something went wrong on our side',
      status: status >= 500 && status < 600 ? status : 500,
      detail: 'The server could not complete your request. Quote the request id if you report it.',
    });
  });

  app.setNotFoundHandler((request, reply) => {
    if (sendAppShell(appShell, request, reply)) return reply;
    return send(request, reply, {
      type: problemType('not-found'),
      title: 'Not found',
      status: 404,
      detail: `No route answers ${request.method} ${request.url.split('?')[0]}.`,
    });
  });
};
