// Decision 0045: unlinking an organisation login, never the last way into an account; and the role a provider's claims
// give, applied at every login — raised, and lowered when the provider gave it, but a role set here stays unless the
// provider owns roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import type { TestAccount, TestOidcProvider } from '../support/oidc-provider.ts';
import {
  PROVIDER_ID,
  providerConfig,
  sessionFromCallback,
  ssoLink,
  ssoLogin,
  startTestProvider,
} from '../support/sso.ts';

const roles = { 'waymark-mentors': 'mentor', 'waymark-editors': 'editor', 'waymark-admins': 'admin' } as const;

let op: TestOidcProvider;
let t: TestApp;
let ssoOnly: TestApp;
let owned: TestApp;
beforeAll(async () => {
  op = await startTestProvider();
  t = await createTestApp({ config: { sso: { providers: [providerConfig(op, { roles })], localPasswords: true } } });
  ssoOnly = await createTestApp({ config: { sso: { providers: [providerConfig(op)], localPasswords: false } } });
  owned = await createTestApp({
    config: { sso: { providers: [providerConfig(op, { roles, ownsRoles: true })], localPasswords: true } },
  });
});
afterAll(async () => {
  await Promise.all([t.close(), ssoOnly.close(), owned.close()]);
  await op.close();
});

let counter = 0;
/** A person at the provider, in `groups`, who logs in there from now on. */
const atProvider = (groups: string[] = []): TestAccount => {
  counter += 1;
  const person = { id: `unlink-${counter}`, email: `unlink-${counter}@corp.example`, emailVerified: true, groups };
  op.addAccount(person);
  op.signInAs(person.id);
  return person;
};
/** The same person, now in other groups at the provider. */
const regroup = (person: TestAccount, groups: string[]) => op.addAccount({ ...person, groups });

const unlink = (app: TestApp, accessToken: string) =>
  app.app.inject({
    method: 'DELETE',
    url: `/v1/me/sso/${PROVIDER_ID}`,
    headers: { authorization: `Bearer ${accessToken}` },
  });

const identitiesOf = (app: TestApp, userId: string) =>
  app.database.db.selectFrom('ssoIdentities').select('provider').where('userId', '=', userId).execute();

const entriesAbout = (app: TestApp, userId: string, action: string) =>
  app.database.db
    .selectFrom('auditLog')
    .select(['action', 'details'])
    .where('subjectId', '=', userId)
    .where('action', '=', action)
    .orderBy('id')
    .execute();

const roleOf = async (app: TestApp, userId: string) =>
  (await app.database.db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirstOrThrow()).role;

describe('unlinking a login', () => {
  it('when a password account unlinks its provider login, then it is gone, audited, and no longer logs in', async () => {
    const person = atProvider();
    const email = person.email;
    await t.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email, password: TEST_PASSWORD, displayName: 'Ada' },
    });
    await t.database.db.updateTable('users').set({ emailVerifiedAt: new Date() }).where('email', '=', email).execute();
    const login = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    const { accessToken, user } = login.json<TokenPair>();
    expect((await ssoLink(t, accessToken)).statusCode).toBe(302);

    const answer = await unlink(t, accessToken);
    expect(answer.statusCode).toBe(204);
    expect(await identitiesOf(t, user.id)).toEqual([]);
    expect(await entriesAbout(t, user.id, 'account.sso_unlinked')).toMatchObject([
      { details: { provider: PROVIDER_ID, linked: 1 } },
    ]);
    // The provider login no longer opens the account: the owner is asked by mail again.
    expect((await ssoLogin(t)).headers.location).toBe('/login?sso=check-mail');
  });

  it('when the only login of an account without a password is unlinked, then 409 says why and it stays', async () => {
    atProvider();
    const { accessToken, user } = await sessionFromCallback(t, await ssoLogin(t));
    const answer = await unlink(t, accessToken);
    expect(answer.statusCode).toBe(409);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.json<{ detail: string }>().detail).toContain('only way into your account');
    expect(await identitiesOf(t, user.id)).toEqual([{ provider: PROVIDER_ID }]);
    expect(await entriesAbout(t, user.id, 'account.sso_unlinked')).toEqual([]);
  });

  it('when another provider login still opens the account, then the unlink goes ahead', async () => {
    const person = atProvider();
    const { accessToken, user } = await sessionFromCallback(t, await ssoLogin(t));
    await t.database.db
      .insertInto('ssoIdentities')
      .values({ provider: 'other', subject: person.id, userId: user.id, email: person.email, linkedAt: new Date() })
      .execute();
    expect((await unlink(t, accessToken)).statusCode).toBe(204);
    expect(await identitiesOf(t, user.id)).toEqual([{ provider: 'other' }]);
  });

  it('when passwords are off, then a password the account still holds does not count as a way in', async () => {
    atProvider();
    const { accessToken, user } = await sessionFromCallback(ssoOnly, await ssoLogin(ssoOnly));
    await ssoOnly.database.db.updateTable('users').set({ passwordHash: 'a hash' }).where('id', '=', user.id).execute();
    expect((await unlink(ssoOnly, accessToken)).statusCode).toBe(409);
  });

  it('when no login of the provider is linked, then it answers 404', async () => {
    atProvider();
    const { accessToken, user } = await sessionFromCallback(t, await ssoLogin(t));
    await t.database.db.deleteFrom('ssoIdentities').where('userId', '=', user.id).execute();
    expect((await unlink(t, accessToken)).statusCode).toBe(404);
  });
});

describe('roles from the claims at every login', () => {
  it('when a group that gave the role is removed at the provider, then the next login removes the role', async () => {
    const person = atProvider(['waymark-editors']);
    const first = await sessionFromCallback(t, await ssoLogin(t));
    expect(first.user.role).toBe('editor');
    regroup(person, []);
    const next = await sessionFromCallback(t, await ssoLogin(t));
    expect(next.user.role).toBe('learner');
    expect(await entriesAbout(t, next.user.id, 'user.role_changed')).toMatchObject([
      { details: { from: 'editor', to: 'learner', provider: PROVIDER_ID } },
    ]);
  });

  it('when a group is added at the provider, then the next login gives its role', async () => {
    const person = atProvider();
    const first = await sessionFromCallback(t, await ssoLogin(t));
    expect(first.user.role).toBe('learner');
    regroup(person, ['waymark-mentors']);
    expect((await sessionFromCallback(t, await ssoLogin(t))).user.role).toBe('mentor');
  });

  it('when an admin set here logs in without the admin group, then they stay admin', async () => {
    const person = atProvider(['waymark-editors']);
    const { user } = await sessionFromCallback(t, await ssoLogin(t));
    await t.database.db
      .updateTable('users')
      .set({ role: 'admin', roleSource: null })
      .where('id', '=', user.id)
      .execute();
    regroup(person, []);
    expect((await sessionFromCallback(t, await ssoLogin(t))).user.role).toBe('admin');
    expect(await entriesAbout(t, user.id, 'user.role_changed')).toEqual([]);
  });

  it('when an editor set here gets a higher group, then it is raised, and lowered again once the group goes', async () => {
    const person = atProvider();
    const { user } = await sessionFromCallback(t, await ssoLogin(t));
    await t.database.db
      .updateTable('users')
      .set({ role: 'editor', roleSource: null })
      .where('id', '=', user.id)
      .execute();
    regroup(person, ['waymark-mentors']);
    await ssoLogin(t);
    expect(await roleOf(t, user.id)).toBe('editor');
    regroup(person, ['waymark-admins']);
    await ssoLogin(t);
    expect(await roleOf(t, user.id)).toBe('admin');
    regroup(person, []);
    await ssoLogin(t);
    expect(await roleOf(t, user.id)).toBe('learner');
  });

  it('when the provider owns roles, then even an admin set here gets the role the claims give', async () => {
    const person = atProvider();
    const { user } = await sessionFromCallback(owned, await ssoLogin(owned));
    await owned.database.db
      .updateTable('users')
      .set({ role: 'admin', roleSource: null })
      .where('id', '=', user.id)
      .execute();
    regroup(person, ['waymark-editors']);
    expect((await sessionFromCallback(owned, await ssoLogin(owned))).user.role).toBe('editor');
  });
});
