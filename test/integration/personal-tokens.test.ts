import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { signUp, TEST_OPERATOR } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, bearer: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${bearer}` }, ...(payload ? { payload } : {}) });

const createToken = async (session: TokenPair, scopes: string[], expiresInDays = 30) =>
  call('POST', '/v1/me/tokens', session.accessToken, { name: 'my script', scopes, expiresInDays });

describe('personal access tokens', () => {
  it('when a learner creates a token, then it is shown once, works for their scope and is stored as a hash', async () => {
    const { tokens: session } = await signUp(t, { verified: true });

    const created = await createToken(session, ['account:self']);

    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    expect(token).toMatch(/^wmk_pat_[A-Za-z0-9_-]{43}$/);
    expect((await call('GET', '/v1/me', token)).statusCode).toBe(200);
    const listed = (await call('GET', '/v1/me/tokens', session.accessToken)).json<{ items: object[] }>();
    expect(listed.items).toEqual([
      expect.objectContaining({ id, name: 'my script', lastUsedAt: expect.any(String) as string }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = JSON.stringify(await t.database.db.selectFrom('personalAccessTokens').selectAll().execute());
    expect(stored).not.toContain(token);
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'token.created')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('when the owner has not confirmed their address, then no token is made: 403, saying to confirm it first', async () => {
    const { tokens: session, id } = await signUp(t, { verified: false });

    const response = await createToken(session, ['account:self']);

    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ detail: string }>().detail).toMatch(/^Confirm your email address first/);
    const stored = await t.database.db
      .selectFrom('personalAccessTokens')
      .select('id')
      .where('userId', '=', id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('when a learner asks for a scope their role lacks, then it is refused naming the scope', async () => {
    const { tokens: session } = await signUp(t, { verified: true });

    const response = await createToken(session, ['account:self', 'users:manage']);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/scopes/1' }] });
  });

  it('when a token is used to manage tokens, then it is refused: that needs a login session', async () => {
    const { tokens: session } = await signUp(t, { verified: true });
    const { token } = (await createToken(session, ['account:self'])).json<{ token: string }>();

    expect((await call('GET', '/v1/me/tokens', token)).statusCode).toBe(403);
    expect(
      (await call('POST', '/v1/me/tokens', token, { name: 'x', scopes: ['account:self'], expiresInDays: 1 }))
        .statusCode,
    ).toBe(403);
  });

  it("when an admin's token lacks a scope, then that route is refused; when the role is lost, then the scope is too", async () => {
    const admin = await signUp(t, { verified: true });
    await t.database.db
      .updateTable('users')
      .set({ emailVerifiedAt: new Date() })
      .where('email', '=', admin.email)
      .execute();
    await t.container.usersService.setRoleByEmail(admin.email, 'admin', TEST_OPERATOR);
    const selfOnly = (await createToken(admin.tokens, ['account:self'])).json<{ token: string }>().token;
    const manager = (await createToken(admin.tokens, ['users:manage'])).json<{ token: string }>().token;

    expect((await call('GET', '/v1/admin/users', selfOnly)).statusCode).toBe(403);
    expect((await call('GET', '/v1/admin/users', manager)).statusCode).toBe(200);

    await t.container.usersService.setRoleByEmail(admin.email, 'learner', TEST_OPERATOR);

    expect((await call('GET', '/v1/admin/users', manager)).statusCode).toBe(403);
  });

  it('when a token is revoked, expires, or its owner is disabled, then it stops working', async () => {
    const { tokens: session, email } = await signUp(t, { verified: true });
    const revoked = (await createToken(session, ['account:self'])).json<{ token: string; id: string }>();
    const expiring = (await createToken(session, ['account:self'])).json<{ token: string; id: string }>();
    const last = (await createToken(session, ['account:self'])).json<{ token: string; id: string }>();

    expect((await call('DELETE', `/v1/me/tokens/${revoked.id}`, session.accessToken)).statusCode).toBe(204);
    await t.database.db
      .updateTable('personalAccessTokens')
      .set({ expiresAt: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', expiring.id)
      .execute();

    expect((await call('GET', '/v1/me', revoked.token)).statusCode).toBe(401);
    expect((await call('GET', '/v1/me', expiring.token)).statusCode).toBe(401);
    expect((await call('GET', '/v1/me', last.token)).statusCode).toBe(200);

    await t.database.db.updateTable('users').set({ disabledAt: new Date() }).where('email', '=', email).execute();

    expect((await call('GET', '/v1/me', last.token)).statusCode).toBe(401);
  });

  it("when someone revokes another person's token, then it is 404 and the token still works", async () => {
    const alice = await signUp(t, { verified: true });
    const bob = await signUp(t, { verified: true });
    const bobs = (await createToken(bob.tokens, ['account:self'])).json<{ token: string; id: string }>();

    expect((await call('DELETE', `/v1/me/tokens/${bobs.id}`, alice.tokens.accessToken)).statusCode).toBe(404);
    expect((await call('GET', '/v1/me', bobs.token)).statusCode).toBe(200);
  });

  it('when a made-up token with the prefix is sent, then it is refused', async () => {
    expect((await call('GET', '/v1/me', 'wmk_pat_not-a-real-token')).statusCode).toBe(401);
  });
});
