// A change and its audit entry are one write (issue 13): when the entry cannot be written, the change is rolled
// back too — for accounts, sessions, personal tokens, users and comment moderation. The test database rejects the
// entry with a trigger of its own, after the change was made.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { signUp, TEST_OPERATOR, TEST_PASSWORD, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { whileInsertRejected } from '../support/rejected-insert.ts';

let t: TestApp;
let admin: TokenPair;

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, bearer?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  t = await createTestApp();
  await t.container.usersService.createAdmin(
    { email: 'admin@example.org', displayName: 'Ada Admin', password: TEST_PASSWORD },
    TEST_OPERATOR,
  );
  admin = (
    await call('POST', '/v1/auth/login', undefined, { email: 'admin@example.org', password: TEST_PASSWORD })
  ).json<TokenPair>();
});
afterAll(() => t.close());

/** Runs `act` while the database refuses audit entries of `action`. */
const whileEntryRejected = <T>(action: string, act: () => Promise<T>) =>
  whileInsertRejected(t.database.db, { table: 'auditLog', column: 'action', value: action }, act);

const entries = async (action: string, subjectId: string) =>
  (
    await t.database.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', action)
      .where('subjectId', '=', subjectId)
      .execute()
  ).length;

const liveSessions = async (userId: string) =>
  (
    await t.database.db
      .selectFrom('refreshTokens')
      .select('id')
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .execute()
  ).length;

const liveTokens = async (userId: string) =>
  (
    await t.database.db
      .selectFrom('personalAccessTokens')
      .select('id')
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .execute()
  ).length;

const userRow = (id: string) =>
  t.database.db.selectFrom('users').select(['role', 'disabledAt']).where('id', '=', id).executeTakeFirst();

const profileRow = (id: string) =>
  t.database.db.selectFrom('users').select(['displayName', 'timeZone']).where('id', '=', id).executeTakeFirst();

const createToken = (bearer: string) =>
  call('POST', '/v1/me/tokens', bearer, { name: 'my script', scopes: ['account:self'], expiresInDays: 30 });

describe('a change and its audit entry', () => {
  it('when the entry of a new personal token fails, then there is no token; otherwise both are written', async () => {
    const learner = await signUp(t, { verified: true });

    const failed = await whileEntryRejected('token.created', () => createToken(learner.accessToken));

    expect(failed.statusCode).toBe(500);
    expect(await liveTokens(learner.id)).toBe(0);
    expect(await entries('token.created', learner.id)).toBe(0);
    expect((await createToken(learner.accessToken)).statusCode).toBe(201);
    expect(await liveTokens(learner.id)).toBe(1);
    expect(await entries('token.created', learner.id)).toBe(1);
  });

  it('when the entry of a revoked personal token fails, then the token still works', async () => {
    const learner = await signUp(t, { verified: true });
    const { id } = (await createToken(learner.accessToken)).json<{ id: string }>();

    const failed = await whileEntryRejected('token.revoked', () =>
      call('DELETE', `/v1/me/tokens/${id}`, learner.accessToken),
    );

    expect(failed.statusCode).toBe(500);
    expect(await liveTokens(learner.id)).toBe(1);
    expect(await entries('token.revoked', learner.id)).toBe(0);
    expect((await call('DELETE', `/v1/me/tokens/${id}`, learner.accessToken)).statusCode).toBe(204);
    expect(await liveTokens(learner.id)).toBe(0);
    expect(await entries('token.revoked', learner.id)).toBe(1);
  });

  it('when the entry of a logout fails, then the session goes on', async () => {
    const learner = await signUp(t);
    const payload = { refreshToken: learner.tokens.refreshToken };

    const failed = await whileEntryRejected('auth.logout', () => call('POST', '/v1/auth/logout', undefined, payload));

    expect(failed.statusCode).toBe(500);
    expect(await liveSessions(learner.id)).toBe(1);
    expect(await entries('auth.logout', learner.id)).toBe(0);
    expect((await call('POST', '/v1/auth/logout', undefined, payload)).statusCode).toBe(204);
    expect(await liveSessions(learner.id)).toBe(0);
    expect(await entries('auth.logout', learner.id)).toBe(1);
  });

  it('when the entry of an ended session fails, then the session goes on', async () => {
    const learner = await signUp(t);
    const url = `/v1/me/sessions/${await sessionId(learner.id)}`;

    const failed = await whileEntryRejected('auth.session_revoked', () => call('DELETE', url, learner.accessToken));

    expect(failed.statusCode).toBe(500);
    expect(await liveSessions(learner.id)).toBe(1);
    expect(await entries('auth.session_revoked', learner.id)).toBe(0);
    expect((await call('DELETE', url, learner.accessToken)).statusCode).toBe(204);
    expect(await liveSessions(learner.id)).toBe(0);
    expect(await entries('auth.session_revoked', learner.id)).toBe(1);
  });

  it('when the entry of a replayed refresh token fails, then the session is not ended', async () => {
    const learner = await signUp(t);
    const spent = { refreshToken: learner.tokens.refreshToken };
    expect((await call('POST', '/v1/auth/refresh', undefined, spent)).statusCode).toBe(200);
    // Past the grace given to two refreshes racing, so the replay counts as theft.
    await t.database.db
      .updateTable('refreshTokens')
      .set({ rotatedAt: sql<Date>`now() - interval '1 minute'` })
      .where('userId', '=', learner.id)
      .where('rotatedAt', 'is not', null)
      .execute();

    const failed = await whileEntryRejected('auth.refresh_token_reused', () =>
      call('POST', '/v1/auth/refresh', undefined, spent),
    );

    expect(failed.statusCode).toBe(500);
    expect(await liveSessions(learner.id)).toBe(2);
    expect(await entries('auth.refresh_token_reused', learner.id)).toBe(0);
    expect((await call('POST', '/v1/auth/refresh', undefined, spent)).statusCode).toBe(401);
    expect(await liveSessions(learner.id)).toBe(0);
    expect(await entries('auth.refresh_token_reused', learner.id)).toBe(1);
  });

  it('when the entry of a session ended because its account is disabled fails, then the session goes on', async () => {
    const learner = await signUp(t);
    const presented = { refreshToken: learner.tokens.refreshToken };
    // Disabled behind the service's back (by hand in the database, or in a race with a refresh), so a session is
    // still live when its token is next presented.
    await t.database.db.updateTable('users').set({ disabledAt: new Date() }).where('id', '=', learner.id).execute();

    const failed = await whileEntryRejected('auth.session_revoked', () =>
      call('POST', '/v1/auth/refresh', undefined, presented),
    );

    expect(failed.statusCode).toBe(500);
    expect(await liveSessions(learner.id)).toBe(1);
    expect(await entries('auth.session_revoked', learner.id)).toBe(0);
    expect((await call('POST', '/v1/auth/refresh', undefined, presented)).statusCode).toBe(401);
    expect(await liveSessions(learner.id)).toBe(0);
    expect(await entries('auth.session_revoked', learner.id)).toBe(1);
  });

  it('when the entry of a profile change fails, then the profile stays; otherwise the entry names the fields', async () => {
    const learner = await signUp(t, { displayName: 'Before' });
    const change = () =>
      call('PATCH', '/v1/me', learner.accessToken, { displayName: 'After', timeZone: 'Europe/Berlin' });

    const failed = await whileEntryRejected('account.profile_updated', change);

    expect(failed.statusCode).toBe(500);
    expect((await profileRow(learner.id))?.displayName).toBe('Before');
    expect(await entries('account.profile_updated', learner.id)).toBe(0);
    expect((await change()).statusCode).toBe(200);
    expect(await profileRow(learner.id)).toMatchObject({ displayName: 'After', timeZone: 'Europe/Berlin' });
    const entry = await t.database.db
      .selectFrom('auditLog')
      .select(['actorId', 'details'])
      .where('action', '=', 'account.profile_updated')
      .where('subjectId', '=', learner.id)
      .executeTakeFirstOrThrow();
    // The names of the fields only: entries outlive a deleted account, and a display name must not.
    expect(entry).toEqual({ actorId: learner.id, details: { fields: ['displayName', 'timeZone'] } });
  });

  it('when the entry of a deleted account fails, then the account stays', async () => {
    const learner = await signUp(t);
    const remove = () => call('DELETE', '/v1/me', learner.accessToken, { password: TEST_PASSWORD });

    const failed = await whileEntryRejected('account.deleted', remove);

    expect(failed.statusCode).toBe(500);
    expect(await userRow(learner.id)).toBeDefined();
    expect(await entries('account.deleted', learner.id)).toBe(0);
    expect((await remove()).statusCode).toBe(204);
    expect(await userRow(learner.id)).toBeUndefined();
    expect(await entries('account.deleted', learner.id)).toBe(1);
  });

  it('when the entry of a role change fails, then the role stays', async () => {
    const learner = await signUp(t, { verified: true });
    const promote = () => call('PATCH', `/v1/admin/users/${learner.id}`, admin.accessToken, { role: 'editor' });

    const failed = await whileEntryRejected('user.role_changed', promote);

    expect(failed.statusCode).toBe(500);
    expect((await userRow(learner.id))?.role).toBe('learner');
    expect(await entries('user.role_changed', learner.id)).toBe(0);
    expect((await promote()).statusCode).toBe(200);
    expect((await userRow(learner.id))?.role).toBe('editor');
    expect(await entries('user.role_changed', learner.id)).toBe(1);
  });

  it('when the entry of a disabled account fails, then it is not disabled and its sessions go on', async () => {
    const learner = await signUp(t);
    const disable = () => call('POST', `/v1/admin/users/${learner.id}/disable`, admin.accessToken);

    const failed = await whileEntryRejected('user.disabled', disable);

    expect(failed.statusCode).toBe(500);
    expect((await userRow(learner.id))?.disabledAt).toBeNull();
    expect(await liveSessions(learner.id)).toBe(1);
    expect(await entries('user.disabled', learner.id)).toBe(0);
    expect((await disable()).statusCode).toBe(200);
    expect((await userRow(learner.id))?.disabledAt).not.toBeNull();
    expect(await liveSessions(learner.id)).toBe(0);
    expect(await entries('user.disabled', learner.id)).toBe(1);
  });
});

describe('a moderation and its audit entry', () => {
  let editor: SignedUp;
  beforeAll(async () => {
    editor = await signUp(t, { role: 'editor' });
  });

  let comments = 0;
  /** A reader's comment on the whole roadmap, each from an address of its own so that none looks too fast. */
  const newComment = async () => {
    comments += 1;
    const body = `Remark number ${comments}: the pace of this roadmap is too quick for me.`;
    await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      remoteAddress: `192.0.2.${comments}`,
      payload: { roadmap: 'backend-developer', helpful: false, comment: body },
    });
    return (
      await t.database.db.selectFrom('feedbackComments').select('id').where('body', '=', body).executeTakeFirstOrThrow()
    ).id;
  };
  const commentRow = (id: string) =>
    t.database.db
      .selectFrom('feedbackComments')
      .select(['state', 'moderatedBy', 'replyNote'])
      .where('id', '=', id)
      .executeTakeFirst();

  it.each([
    ['an approval', 'approve', 'approved', undefined],
    ['hiding', 'hide', 'hidden', undefined],
    ['addressing', 'address', 'addressed', { replyNote: 'The guide now says how long each step takes.' }],
  ] as const)(
    'when the entry of %s fails, then the comment stays new and unmoderated',
    async (_, verb, state, body) => {
      const id = await newComment();
      const moderate = () => call('POST', `/v1/feedback/comments/${id}/${verb}`, editor.accessToken, body);

      const failed = await whileEntryRejected(`feedback.comment_${state}`, moderate);

      expect(failed.statusCode).toBe(500);
      expect(await commentRow(id)).toEqual({ state: 'new', moderatedBy: null, replyNote: null });
      expect(await entries(`feedback.comment_${state}`, id)).toBe(0);
      expect((await moderate()).statusCode).toBe(200);
      expect(await commentRow(id)).toEqual({ state, moderatedBy: editor.id, replyNote: body?.replyNote ?? null });
      expect(await entries(`feedback.comment_${state}`, id)).toBe(1);
    },
  );

  it('when the entry of a deleted comment fails, then the comment stays', async () => {
    const id = await newComment();
    const remove = () => call('DELETE', `/v1/feedback/comments/${id}`, editor.accessToken);

    const failed = await whileEntryRejected('feedback.comment_deleted', remove);

    expect(failed.statusCode).toBe(500);
    expect(await commentRow(id)).toMatchObject({ state: 'new' });
    expect(await entries('feedback.comment_deleted', id)).toBe(0);
    expect((await remove()).statusCode).toBe(204);
    expect(await commentRow(id)).toBeUndefined();
    expect(await entries('feedback.comment_deleted', id)).toBe(1);
  });
});

const sessionId = async (userId: string) =>
  (
    await t.database.db
      .selectFrom('refreshTokens')
      .select('familyId')
      .where('userId', '=', userId)
      .executeTakeFirstOrThrow()
  ).familyId;
