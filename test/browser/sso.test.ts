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
    // No confirmation mail is promised: the provider vouches for the address.
    await page.getByText('there is nothing to confirm').waitFor();
    expect(await page.getByText('We send a link to confirm your address').count()).toBe(0);
    await expectAccessible(page, 'the sign-up page with single sign-on only');
  });
});

describe('after the provider has answered', () => {
  it('when a guest logs in with the provider, then what they tracked in this browser comes into the new account', async () => {
    const { context, page } = await rig.newPage();
    await page.goto('/roadmaps/backend-developer');
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('checkbox', { name: 'Done: step 1,' }).check();
    await expect.poll(() => page.evaluate("localStorage.getItem('waymark.guest.v1')")).not.toBeNull();

    op.addAccount({ id: 'guest', email: 'guest@corp.example', emailVerified: true, name: 'Gus Guest' });
    op.signInAs('guest');
    // The provider's redirect back is played by the test; the browser gets the callback's cookies and redirect.
    const callback = await ssoLogin(rig.app, { next: '/dashboard' });
    await context.addCookies(
      callback.cookies
        .filter((cookie) => cookie.value !== '')
        .map((cookie) => ({
          name: cookie.name,
          value: cookie.value,
          // Secure cookies can only be set for an https address; cookies ignore the scheme and port when sent.
          url: rig.url.replace(/^http:/, 'https:'),
          httpOnly: cookie.httpOnly ?? false,
          secure: cookie.secure ?? false,
          sameSite: 'Strict' as const,
        })),
    );
    await page.goto(callback.headers.location!);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByText('Welcome to Waymark, Gus Guest.').waitFor();
    await page.getByText('1 of 15 steps').waitFor();
    expect(await page.evaluate<string | null>("localStorage.getItem('waymark.guest.v1')")).toBeNull();

    // The account page names the organisation login that opens the account.
    await page.goto('/account');
    const logins = page.getByRole('region', { name: 'Organisation logins' });
    await logins.getByText('guest@corp.example').waitFor();
    expect(await logins.textContent()).toContain('Corp Login');
    expect(await logins.getByRole('button', { name: 'Link Corp Login', exact: true }).count()).toBe(0);
    await expectAccessible(page, 'the account page with a linked organisation login');
  });

  it('when the login failed, then the login page says why in words, and axe passes', async () => {
    const { page } = await rig.newPage();
    await page.goto('/login?sso-error=unverified-address');
    const notice = page.getByRole('alert').filter({ hasText: 'You are not logged in.' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('has not confirmed your email address');
    await expectAccessible(page, 'the login page after a refused provider login');
    await page.goto('/login?sso-error=something-new');
    await page.getByRole('alert').filter({ hasText: 'did not work. Try again.' }).waitFor();
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
