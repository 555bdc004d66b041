// Decision 0045 in the web app: on an instance without passwords, the account page lets a person unlink an
// organisation login (refused while it is the only way in), and confirms changing the address or deleting the account
// with a fresh login at the provider instead of a password. The provider's redirects are played by the test, as in
// sso.test.ts; the browser does the rest, by keyboard.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.ts';
import { proofFrom, providerConfig, sessionFromCallback, ssoLogin, ssoReauthenticate } from '../support/sso.ts';
import { expectAccessible, screenshot, startBrowserRig, type BrowserRig } from './support.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

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

/** Logs the browser in with the provider as `id` (an account made by that first login) and opens /account. */
const signInWithProvider = async (context: BrowserContext, page: Page, id: string) => {
  op.addAccount({ id, email: `${id}@corp.example`, emailVerified: true, name: `Person ${id}` });
  op.signInAs(id);
  const callback = await ssoLogin(rig.app, { next: '/account' });
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
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
};

/** A session of the same account for the test's own calls (the browser's refresh token stays the browser's). */
const accessTokenOf = async (id: string) => {
  op.signInAs(id);
  return (await sessionFromCallback(rig.app, await ssoLogin(rig.app))).accessToken;
};

const pressOn = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await control.press(key);
};

/** axe and a screenshot at both widths, in both colour schemes; the page is loaded again after each switch. */
const checkEverywhere = async (page: Page, name: string, ready: () => Promise<void>) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.reload();
    await ready();
    for (const [width, size] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await page.evaluate('window.scrollTo(0, 0)');
      await expectAccessible(page, `${name}-${colorScheme}-${width}`);
      await screenshot(page, `${name}-${colorScheme}-${width}`);
    }
  }
};

describe('the account page of an account no password opens', () => {
  it('when it opens, then each change offers "Confirm with Corp Login" instead of a password, and axe passes', async () => {
    const { context, page } = await rig.newPage();
    await signInWithProvider(context, page, 'ada');
    const deletion = page.getByRole('region', { name: 'Delete your account' });
    const email = page.getByRole('region', { name: 'Your email address' });
    await checkEverywhere(page, 'sso-account', () =>
      deletion.getByRole('button', { name: 'Confirm with Corp Login' }).waitFor(),
    );
    expect(await page.getByLabel('Your password, to confirm').count()).toBe(0);
    expect(await email.getByRole('button', { name: 'Confirm with Corp Login' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Delete my account' }).count()).toBe(0);

    // By keyboard, the button sends the browser to the provider, which is asked for a new login.
    let asked: URL | undefined;
    await page.route(`${op.issuer}/**`, async (route) => {
      asked = new URL(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>The provider</title>' });
    });
    await pressOn(deletion.getByRole('button', { name: 'Confirm with Corp Login' }));
    await expect.poll(() => asked?.searchParams.get('prompt')).toBe('login');
    expect(asked?.searchParams.get('max_age')).toBe('300');
  });

  it('when the person is back from the provider, then the proof leaves the address and Enter deletes the account', async () => {
    const { context, page } = await rig.newPage();
    await signInWithProvider(context, page, 'bea');
    const { proof } = proofFrom(
      (await ssoReauthenticate(rig.app, await accessTokenOf('bea'), 'delete-account')).callback,
    );
    // Back from the provider is a new page load (not a change of the fragment in the page already open).
    await page.goto('about:blank');
    await page.goto(`/account#reauth=${proof}&operation=delete-account`);
    const deletion = page.getByRole('region', { name: 'Delete your account' });
    await deletion.getByText('Confirmed with your organisation login.').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    // The change the proof is not for still asks for its own confirmation.
    await page
      .getByRole('region', { name: 'Your email address' })
      .getByRole('button', { name: 'Confirm with Corp Login' })
      .waitFor();
    await expectAccessible(page, 'the account page back from the provider');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'sso-account-confirmed');

    // The focus waits on the button that finishes the change.
    await expect
      .poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent ?? undefined'))
      .toBe('Delete my account');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    const user = await rig.app.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'bea@corp.example')
      .executeTakeFirst();
    expect(user).toBeUndefined();
  });

  it('when the only organisation login is unlinked, then the page says why it stays, and axe passes', async () => {
    const { context, page } = await rig.newPage();
    await signInWithProvider(context, page, 'cy');
    const logins = page.getByRole('region', { name: 'Organisation logins' });
    await pressOn(logins.getByRole('button', { name: 'Unlink Corp Login' }));
    await logins.getByText('the only way into your account').waitFor();
    expect(await logins.getByText('cy@corp.example').count()).toBe(1);
    await expectAccessible(page, 'the account page after a refused unlink');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'sso-account-unlink-refused');
  });

  it('when the provider did not log the person in again, then the account page says nothing was confirmed', async () => {
    const { context, page } = await rig.newPage();
    await signInWithProvider(context, page, 'dee');
    await page.goto('/account?sso-error=stale-login');
    const notice = page.getByRole('alert').filter({ hasText: 'Nothing was confirmed.' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('did not ask you to log in again');
    await expectAccessible(page, 'the account page after a stale provider login');
  });
});
