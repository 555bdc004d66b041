// The anonymous visitor id behind "one vote per reader" without an account: a random UUID in an HttpOnly cookie,
// signed with an HMAC so a reader cannot pick someone else's id. A cookie that does not verify is replaced by a new
// id, never trusted; the reader then simply counts as a new visitor.
import { createHmac, hkdfSync, randomUUID, timingSafeEqual } from 'node:crypto';

export const VISITOR_COOKIE = 'waymark_visitor';
const VISITOR_COOKIE_DAYS = 365;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A key of its own for each use, derived from the server's secret, so the cookie key is not the token key. */
export const deriveKey = (secret: string, purpose: string) =>
  Buffer.from(hkdfSync('sha256', secret, 'waymark', purpose, 32));

export const createVisitorIds = (key: Buffer) => {
  const sign = (id: string) => createHmac('sha256', key).update(id).digest('base64url');
  return {
    issue() {
      const id = randomUUID();
      return { id, cookie: `${id}.${sign(id)}` };
    },

    /** The id a cookie carries, if this server signed it; undefined for anything else. */
    verify(cookie: string | undefined): string | undefined {
      if (cookie === undefined) return undefined;
      const [id, signature, ...rest] = cookie.split('.');
      if (id === undefined || signature === undefined || rest.length > 0 || !UUID.test(id)) return undefined;
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
    },

    cookieOptions: (secure: boolean) => ({
      path: '/v1/feedback',
      httpOnly: true,
      secure,
      sameSite: 'lax' as const,
      maxAge: VISITOR_COOKIE_DAYS * 24 * 3600,
    }),
  };
};

export type VisitorIds = ReturnType<typeof createVisitorIds>;
