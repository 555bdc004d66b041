// One way for tests to get a signed-in person: register through the API, optionally mark the address verified and
// give a role (as an admin would), then log in through the API.
import type { Role } from '../../src/lib/enums.ts';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import type { TestApp } from './harness.ts';

export const TEST_PASSWORD = 'a long and unusual passphrase';

/** Stands in for the admin or CLI that changes a role; the audit log shows it as coming from a test. */
export const TEST_OPERATOR = { userId: null, role: null, ip: null, userAgent: 'test' };

export interface SignUpOptions {
  /** Given after registration, as an admin would; default learner. */
  role?: Role;
  /** Marks the address verified. Default: only for roles above learner, which need a verified address. */
  verified?: boolean;
  /** The email is `${emailPrefix}${n}@example.org`, n counting up in the test file; default "person-". */
  emailPrefix?: string;
  displayName?: string;
  password?: string;
  /** The User-Agent of the registration and login requests (it names the session and shows in the audit log). */
  userAgent?: string;
}

export interface SignedUp {
  id: string;
  email: string;
  password: string;
  tokens: TokenPair;
  accessToken: string;
}

let counter = 0;

export const signUp = async (
  t: Pick<TestApp, 'app' | 'database' | 'container'>,
  options: SignUpOptions = {},
): Promise<SignedUp> => {
  counter += 1;
  const role = options.role ?? 'learner';
  const email = `${options.emailPrefix ?? 'person-'}${counter}@example.org`;
  const password = options.password ?? TEST_PASSWORD;
  const headers = options.userAgent === undefined ? {} : { 'user-agent': options.userAgent };
  const registered = await t.app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email, password, displayName: options.displayName ?? `Person ${counter}` },
    headers,
  });
  if (registered.statusCode !== 202) throw new Error(`registering ${email} answered ${registered.statusCode}`);
  if (options.verified ?? role !== 'learner') {
    await t.database.db.updateTable('users').set({ emailVerifiedAt: new Date() }).where('email', '=', email).execute();
  }
  if (role !== 'learner') await t.container.usersService.setRoleByEmail(email, role, TEST_OPERATOR);
  const login = await t.app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    payload: { email, password },
    headers,
  });
  if (login.statusCode !== 200) throw new Error(`logging in ${email} answered ${login.statusCode}`);
  const tokens = login.json<TokenPair>();
  return { id: tokens.user.id, email, password, tokens, accessToken: tokens.accessToken };
};
