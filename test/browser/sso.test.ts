// Issue 17 item 6 in the web app: the login and sign-up pages offer "Log in with <provider>" for each single sign-on
// provider, and hide the password forms when the instance has turned passwords off. The provider is never called
// here: the buttons only have to lead to Waymark's start route.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.ts';
import { providerConfig, ssoLogin } from '../support/sso.ts';
import { expectAccessible, mailedToken, startBrowserRig, type BrowserRig } from './support.ts';

let op: TestOidcProvider;
let rig: BrowserRig;
beforeAll(async () => {
  op = await startOidcProvider({ redirectUris: ['http://waymark.test/v1/auth/sso/corp/callback'] });
  rig = await startBrowserRig({ config: { sso: { providers: [providerConfig(op)], localPasswords: false } } });
});
afterAll(async () => {
  await rig.close();
  await op.close();
});

describe('the login and sign-up pages with single sign-on only', () => {
  it('when the login page opens, then it offers the provider, no password form, and axe passes', async () => {
    const { page } = await rig.newPage();
    await page.goto('/login?next=/roadmaps');
    const button = page.getByRole('link', { name: 'Log in with Corp Login' });
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe('/v1/auth/sso/corp/start?next=%2Froadmaps');
    expect(await page.getByLabel('Password').count()).toBe(0);
    await expectAccessible(page, 'the login page with single sign-on only');
  });

  it('when the address is waiting for its confirmation mail, then the login page says so', async () => {
    const { page } = await rig.newPage();
    await page.goto('/login?sso=check-mail');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'follow the link' }).count()).toBe(1);
    await expectAccessible(page, 'the login page after a login that waits for its mailed link');
  });

  it('when the sign-up page opens, then it offers the provider and no form', async () => {
    const { page } = await rig.newPage();
    await page.goto('/signup');
    await page.getByRole('link', { name: 'Sign up with Corp Login' }).waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);
    await expectAccessible(page, 'the sign-up page with single sign-on only');
  });
});

describe('the page of the mailed link', () => {
  it('when the owner of an account with the address follows it and links, then it says so, and axe passes', async () => {
    const email = 'owner@corp.example';
    await rig.app.database.db
      .insertInto('users')
      .values({ id: randomUUID(), email, displayName: 'Owen Owner', passwordHash: 'none', emailVerifiedAt: new Date() })
      .execute();
    op.addAccount({ id: 'owner', email, emailVerified: true });
    op.signInAs('owner');
    expect((await ssoLogin(rig.app)).headers.location).toBe('/login?sso=check-mail');
    const token = await mailedToken(rig, email, /Link your Corp Login login/);

    const { page } = await rig.newPage();
    await page.goto(`/sso/confirm-link?token=${token}`);
    await page.getByRole('heading', { level: 1, name: 'Link your login' }).waitFor();
    await expectAccessible(page, 'the page of the mailed single sign-on link');
    await page.getByRole('button', { name: 'Link the login to my account' }).click();
    await page.getByRole('status').filter({ hasText: 'Linked.' }).waitFor();
    const identity = await rig.app.database.db
      .selectFrom('ssoIdentities')
      .select('linkedAt')
      .where('subject', '=', 'owner')
      .executeTakeFirstOrThrow();
    expect(identity.linkedAt).not.toBeNull();
  });
});
