import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { signedIn, type Principal } from '../../src/http/authorization.ts';
import { UnauthorizedError } from '../../src/lib/errors.ts';

describe('the signed-in user of a request', () => {
  it('when the request has a principal, then it is that principal', () => {
    const principal: Principal = { userId: 'u1', role: 'learner', sessionId: 's1' };

    expect(signedIn({ principal } as FastifyRequest)).toBe(principal);
  });

  it('when the request has none, then it is a 401 rather than a crash in the handler', () => {
    expect(() => signedIn({ principal: null } as FastifyRequest)).toThrow(UnauthorizedError);
  });
});
