// Browsers keep the refresh token where scripts cannot read it: a `__Host-` cookie (HttpOnly, Secure,
// SameSite=Strict, Path=/, no Domain). A call that authenticates with that cookie must also send the CSRF token
// (double-submit: a second, readable cookie copied into the X-CSRF-Token header), which a page on another site
// cannot read.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import { ForbiddenError } from '../lib/errors.ts';

export const REFRESH_COOKIE = '__Host-waymark_refresh';
export const CSRF_COOKIE = '__Host-waymark_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const base = { path: '/', secure: true, sameSite: 'strict' } as const;

export const setBrowserSession = (reply: FastifyReply, refreshToken: string, expiresAt: Date) => {
  reply.setCookie(REFRESH_COOKIE, refreshToken, { ...base, httpOnly: true, expires: expiresAt });
  // Readable by the web app's scripts, which copy it into the X-CSRF-Token header.
  reply.setCookie(CSRF_COOKIE, randomBytes(32).toString('base64url'), { ...base, httpOnly: false, expires: expiresAt });
};

export const clearBrowserSession = (reply: FastifyReply) => {
  reply.clearCookie(REFRESH_COOKIE, base);
  reply.clearCookie(CSRF_COOKIE, base);
};

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * The refresh token a request carries: from the body (programs), or from the cookie (browsers), in which case the
 * CSRF header must match the CSRF cookie. Undefined when there is none.
 */
export const refreshTokenOf = (request: FastifyRequest, fromBody: string | undefined) => {
  if (fromBody !== undefined) return { token: fromBody, viaCookie: false };
  const cookie = request.cookies[REFRESH_COOKIE];
  if (cookie === undefined) return undefined;
  const header = request.headers[CSRF_HEADER];
  const expected = request.cookies[CSRF_COOKIE];
  if (typeof header !== 'string' || expected === undefined || !sameSecret(header, expected)) {
    throw new ForbiddenError(`A call that uses the session cookie must send the ${CSRF_HEADER} header.`);
  }
  return { token: cookie, viaCookie: true };
};
