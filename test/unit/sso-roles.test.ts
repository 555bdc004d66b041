// Decision 0045: which role a login's claims leave the account with — raised always, lowered only when this provider
// gave the role or owns roles, untouched when the provider maps no claim.
import { describe, expect, it } from 'vitest';
import type { SsoProviderConfig } from '../../src/config/sso-options.ts';
import { roleAfterLogin } from '../../src/modules/sso/sso-roles.ts';

const provider: SsoProviderConfig = {
  id: 'corp',
  displayName: 'Corp Login',
  issuer: 'https://login.corp.example',
  clientId: 'waymark',
  clientSecret: 'secret',
  allowedDomains: [],
  roleClaim: 'groups',
  roles: { editors: 'editor', admins: 'admin' },
  ownsRoles: false,
};
const claims = (...groups: string[]) => ({ sub: 'someone', groups });

describe('the role after a login', () => {
  it.each([
    ['a role set here is raised by a higher group', { role: 'mentor', roleSource: null }, claims('editors'), 'editor'],
    ['a role set here is not lowered', { role: 'admin', roleSource: null }, claims(), undefined],
    ['a role this provider gave is lowered', { role: 'editor', roleSource: 'corp' }, claims(), 'learner'],
    ['a role another provider gave is not lowered', { role: 'editor', roleSource: 'other' }, claims(), undefined],
    [
      'an unchanged role from this provider stays',
      { role: 'editor', roleSource: 'corp' },
      claims('editors'),
      undefined,
    ],
  ] as const)('when %s, then the answer says so', (_label, user, given, expected) => {
    expect(roleAfterLogin(provider, user, given)).toBe(expected);
  });

  it('when the provider owns roles, then even an admin set here gets what the claims give', () => {
    expect(roleAfterLogin({ ...provider, ownsRoles: true }, { role: 'admin', roleSource: null }, claims())).toBe(
      'learner',
    );
  });

  it('when the provider maps no claim, then no login changes a role', () => {
    const unmapped = { ...provider, roleClaim: undefined, roles: {} };
    expect(roleAfterLogin(unmapped, { role: 'editor', roleSource: 'corp' }, claims())).toBeUndefined();
  });
});
