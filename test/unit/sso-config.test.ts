// SSO_PROVIDERS and LOCAL_PASSWORDS are read and checked at start like every option: a bad provider stops Waymark
// with a message that names what is wrong, and never repeats the client secret.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const provider = {
  id: 'corp',
  displayName: 'Corp Login',
  issuer: 'https://login.corp.example',
  clientId: 'waymark',
  clientSecret: 'a secret nobody may read in a log',
  allowedDomains: ['corp.example'],
  roleClaim: 'groups',
  roles: { 'waymark-editors': 'editor' },
};

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
};

describe('SSO_PROVIDERS', () => {
  it('when unset, then there is no single sign-on and passwords work', () => {
    expect(loadConfig({}).sso).toEqual({ providers: [], localPasswords: true });
  });

  it('when a provider is given, then it is read with its domains and role map', () => {
    const { sso } = loadConfig({ SSO_PROVIDERS: JSON.stringify([provider]), LOCAL_PASSWORDS: 'false' });
    expect(sso).toEqual({ providers: [{ ...provider, ownsRoles: false }], localPasswords: false });
  });

  it('when a provider owns roles, then that is read', () => {
    const { sso } = loadConfig({ SSO_PROVIDERS: JSON.stringify([{ ...provider, ownsRoles: true }]) });
    expect(sso.providers[0]).toMatchObject({ ownsRoles: true });
  });

  it('when the optional fields are left out, then any domain may log in and everyone is a learner', () => {
    const { allowedDomains: _a, roleClaim: _c, roles: _r, ...bare } = provider;
    const { sso } = loadConfig({ SSO_PROVIDERS: JSON.stringify([bare]) });
    expect(sso.providers[0]).toMatchObject({ allowedDomains: [], roleClaim: undefined, roles: {} });
  });

  const withProvider = (changes: Record<string, unknown>) => JSON.stringify([{ ...provider, ...changes }]);
  it.each([
    ['text that is not JSON', 'not JSON', 'expects a JSON list of providers'],
    ['an ftp issuer', withProvider({ issuer: 'ftp://login.corp.example' }), "the provider's issuer URL"],
    ['an id with capitals and a space', withProvider({ id: 'Corp Login' }), 'lower-case letters, digits and -'],
    ['a role that does not exist', withProvider({ roles: { staff: 'boss' } }), 'map claim values to roles'],
    ['a domain in capitals', withProvider({ allowedDomains: ['Corp.Example'] }), 'lower-case domains'],
    ['an unknown field', withProvider({ secret: 'x' }), 'does not know secret'],
    ['the same id twice', JSON.stringify([provider, provider]), 'names the provider id "corp" twice'],
    ['roles without roleClaim', withProvider({ roleClaim: undefined }), 'expects roleClaim'],
    ['ownsRoles that is not true or false', withProvider({ ownsRoles: 'yes' }), 'ownsRoles (provider 1) to be true'],
    ['ownsRoles without roleClaim', withProvider({ roleClaim: undefined, roles: {}, ownsRoles: true }), 'roleClaim'],
  ])(
    'when SSO_PROVIDERS has %s, then Waymark refuses to start and says why, without the secret',
    (_label, raw, message) => {
      const problems = problemsOf({ SSO_PROVIDERS: raw });
      expect(problems).toContain(message);
      expect(problems).not.toContain(provider.clientSecret);
    },
  );

  it('when passwords are off and no provider is set, then Waymark refuses to start', () => {
    expect(problemsOf({ LOCAL_PASSWORDS: 'false' })).toContain('LOCAL_PASSWORDS=false needs a provider');
  });

  it('when a provider runs on plain HTTP in production, then Waymark refuses to start', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      JWT_SECRET: 'Qm7vT2xL9pR4kW8zN3cF6hJ1sD5gY0bA',
      SSO_PROVIDERS: JSON.stringify([{ ...provider, issuer: 'http://login.corp.example' }]),
    });
    expect(problems).toContain('must use https in production');
  });
});
