// Access tokens are short-lived JWTs (RFC 9068 profile: typ at+jwt) signed with HS256 and checked with the algorithm
// pinned, so `alg: none` or a public key passed off as an HMAC secret never verify. Refresh tokens are opaque random
// strings; the database keeps only their SHA-256.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '../../lib/enums.ts';

export interface AccessTokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface AccessClaims {
  userId: string;
  role: Role;
  sessionId: string;
}

const ALGORITHM = 'HS256';
const TYPE = 'at+jwt';

export class InvalidAccessTokenError extends Error {}

export const createAccessTokens = (settings: AccessTokenSettings) => {
  const key = new TextEncoder().encode(settings.secret);
  return {
    ttlSeconds: settings.ttlSeconds,

    async issue(claims: AccessClaims): Promise<string> {
      return new SignJWT({ role: claims.role, sid: claims.sessionId })
        .setProtectedHeader({ alg: ALGORITHM, typ: TYPE })
        .setSubject(claims.userId)
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setIssuedAt()
        .setJti(randomUUID())
        .setExpirationTime(`${settings.ttlSeconds}s`)
        .sign(key);
    },

    /** The claims of a valid token; InvalidAccessTokenError for anything else, whatever the reason. */
    async verify(token: string): Promise<AccessClaims> {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: settings.issuer,
          audience: settings.audience,
          typ: TYPE,
          requiredClaims: ['sub', 'exp', 'iat', 'sid', 'role'],
        });
        return { userId: payload.sub!, role: payload.role as Role, sessionId: String(payload.sid) };
      } catch (error) {
        if (error instanceof errors.JOSEError || error instanceof TypeError) throw new InvalidAccessTokenError();
        throw error;
      }
    },
  };
};

export type AccessTokens = ReturnType<typeof createAccessTokens>;

/** 256 bits of randomness, URL-safe: refresh tokens and the tokens in mail links. */
export const newOpaqueToken = () => randomBytes(32).toString('base64url');

export const hashOpaqueToken = (token: string) => createHash('sha256').update(token).digest('hex');
