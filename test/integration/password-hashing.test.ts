// Issue 12, item 5: the password-hashing line is bounded and sheds with 503 when full, and a reset spends no hashing
// on a bad link. The line is held full by work the test controls, never by timing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOpaqueToken, newOpaqueToken } from '../../src/modules/auth/tokens.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  // One slot, and room for one more in line.
  t = await createTestApp({ passwordHashing: { slots: 1, maxPending: 2 } });
});
afterAll(() => t.close());

/** Takes the one hashing slot until `release` is called. */
const holdTheSlot = () => {
  let release = () => {};
  const held = t.container.passwords.inHashSlot(() => new Promise<void>((resolve) => (release = resolve)));
  return { release: async () => (release(), held) };
};

const reset = (token: string, newPassword: string) =>
  t.app.inject({ method: 'POST', url: '/v1/auth/reset-password', payload: { token, newPassword } });

describe('the password-hashing line', () => {
  it('when the line is full, then logins and sign-ups get 503 with Retry-After at once; once it drains they work', async () => {
    const person = await signUp(t);
    const slot = holdTheSlot();
    const inLine = t.container.passwords.inHashSlot(() => Promise.resolve());
    expect(t.container.passwords.pending()).toBe(2);

    const login = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: person.email, password: person.password },
    });
    const registered = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'shed@example.org', password: 'a long and unusual passphrase', displayName: 'Shed' },
    });

    for (const response of [login, registered]) {
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['retry-after']).toBe('1');
      expect(response.json()).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
    }
    const created = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'shed@example.org')
      .execute();
    expect(created).toEqual([]);

    await slot.release();
    await inLine;
    expect(t.container.passwords.pending()).toBe(0);
    const again = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: person.email, password: person.password },
    });
    expect(again.statusCode).toBe(200);
  });

  it('when a reset comes with a bad link or an unusable password, then it is refused without any hashing', async () => {
    const person = await signUp(t);
    const link = newOpaqueToken();
    await t.database.db
      .insertInto('emailTokens')
      .values({
        id: randomUUID(),
        userId: person.id,
        purpose: 'reset-password',
        tokenHash: hashOpaqueToken(link),
        expiresAt: new Date(Date.now() + 600_000),
      })
      .execute();
    const slot = holdTheSlot();

    const badLink = await reset('not-a-link-anyone-was-sent', 'a brand new passphrase');
    const unusable = await reset(link, 'password');
    const pendingWhileHeld = t.container.passwords.pending();
    await slot.release();

    expect(badLink.statusCode).toBe(400);
    expect(badLink.json()).toMatchObject({ errors: [{ pointer: '/token' }] });
    expect(unusable.statusCode).toBe(400);
    expect(unusable.json()).toMatchObject({ errors: [{ pointer: '/newPassword' }] });
    expect(pendingWhileHeld).toBe(1); // only the slot the test holds: neither reset queued a hash
    expect((await reset(link, 'a brand new passphrase')).statusCode).toBe(204); // the refused one spent nothing
  });
});
