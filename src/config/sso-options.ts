// Single sign-on with OpenID Connect: the providers people may log in with, and whether local passwords still work.
// Part of the options table (options.ts). One variable holds every provider as JSON, so the table stays one entry
// per option however many providers an instance has (docs/decisions/0039-single-sign-on.md).
import { ROLES, type Role } from '../lib/enums.ts';
import { boolean, OptionError, type OptionSpec, type Parser } from './parsers.ts';

export interface SsoProviderConfig {
  /** In URLs (/v1/auth/sso/{id}/start) and in the linked identities: never change it once people use it. */
  id: string;
  /** On the button: "Log in with {displayName}". */
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Email domains whose people may log in (lower case); empty: any domain. */
  allowedDomains: string[];
  /** The claim (a string or a list of strings, such as `groups`) whose values give a role; unset: everyone learns. */
  roleClaim: string | undefined;
  /** Which claim value gives which role; the highest role any value gives wins. */
  roles: Record<string, Role>;
  /**
   * Whether the provider decides every role of its people, admin included: each login sets the role its claims map
   * to. Unset (false): a login raises a role, and lowers only a role that this provider gave; one set here stays.
   */
  ownsRoles: boolean;
}

const ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const FIELDS = [
  'id',
  'displayName',
  'issuer',
  'clientId',
  'clientSecret',
  'allowedDomains',
  'roleClaim',
  'roles',
  'ownsRoles',
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmptyText = (value: unknown, where: string, max: number) => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new OptionError(`expects ${where} to be text of 1 to ${max} characters`);
  }
  return value.trim();
};

const issuerUrl = (value: unknown, where: string) => {
  const text = nonEmptyText(value, where, 500);
  const parsed = URL.canParse(text) ? new URL(text) : undefined;
  if (parsed === undefined || !['https:', 'http:'].includes(parsed.protocol) || parsed.search !== '') {
    throw new OptionError(`expects ${where} to be the provider's issuer URL, such as https://login.example.org`);
  }
  return text;
};

const domains = (value: unknown, where: string) => {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((domain) => typeof domain !== 'string' || !DOMAIN.test(domain))) {
    throw new OptionError(`expects ${where} to be a list of lower-case domains, such as ["example.org"]`);
  }
  return value as string[];
};

const roleMap = (value: unknown, where: string): Record<string, Role> => {
  if (value === undefined) return {};
  const roles: readonly string[] = ROLES;
  if (!isRecord(value) || Object.values(value).some((role) => typeof role !== 'string' || !roles.includes(role))) {
    throw new OptionError(`expects ${where} to map claim values to roles (${ROLES.join(', ')})`);
  }
  return value as Record<string, Role>;
};

const ownsRoles = (value: unknown, where: string, roleClaim: string | undefined) => {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new OptionError(`expects ${where} to be true or false`);
  if (value && roleClaim === undefined) throw new OptionError(`expects roleClaim when ${where} is true`);
  return value;
};

const provider = (value: unknown, index: number): SsoProviderConfig => {
  const at = `provider ${index + 1}`;
  if (!isRecord(value)) throw new OptionError(`expects ${at} to be an object`);
  const unknown = Object.keys(value).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) throw new OptionError(`does not know ${unknown.join(', ')} (in ${at})`);
  const id = nonEmptyText(value.id, `the id of ${at}`, 32);
  if (!ID.test(id)) throw new OptionError(`expects the id of ${at} to be lower-case letters, digits and -`);
  const roleClaim = value.roleClaim === undefined ? undefined : nonEmptyText(value.roleClaim, `roleClaim (${at})`, 100);
  const roles = roleMap(value.roles, `roles (${at})`);
  if (Object.keys(roles).length > 0 && roleClaim === undefined) {
    throw new OptionError(`expects roleClaim in ${at}, the claim whose values "roles" maps`);
  }
  return {
    id,
    displayName: nonEmptyText(value.displayName, `the displayName of ${at}`, 60),
    issuer: issuerUrl(value.issuer, `the issuer of ${at}`),
    clientId: nonEmptyText(value.clientId, `the clientId of ${at}`, 500),
    clientSecret: nonEmptyText(value.clientSecret, `the clientSecret of ${at}`, 2000),
    allowedDomains: domains(value.allowedDomains, `allowedDomains (${at})`),
    roleClaim,
    roles,
    ownsRoles: ownsRoles(value.ownsRoles, `ownsRoles (${at})`, roleClaim),
  };
};

export const ssoProviders: Parser<SsoProviderConfig[]> = (raw) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new OptionError('expects a JSON list of providers');
  }
  if (!Array.isArray(parsed)) throw new OptionError('expects a JSON list of providers');
  const providers = parsed.map(provider);
  const ids = providers.map((one) => one.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new OptionError(`names the provider id "${repeated}" twice`);
  return providers;
};

export const ssoOptions = {
  sso: {
    providers: {
      env: 'SSO_PROVIDERS',
      description:
        'OpenID Connect providers people may log in with, as a JSON list of {"id", "displayName", "issuer", ' +
        '"clientId", "clientSecret", "allowedDomains" (optional, e.g. ["example.org"]; unset: any domain), ' +
        '"roleClaim" and "roles" (optional, e.g. "groups" and {"waymark-editors": "editor"}; each login applies ' +
        'them again), "ownsRoles" (optional; true: the claims decide every role, admin included; unset: a role ' +
        'set here is never lowered by a login)}. Register ' +
        'PUBLIC_URL/v1/auth/sso/{id}/callback as the redirect URI at the provider. Empty: no single sign-on.',
      default: '[]',
      parse: ssoProviders,
      sensitive: true,
    },
    localPasswords: {
      env: 'LOCAL_PASSWORDS',
      description:
        'Whether people may sign up and log in with a password. false: only single sign-on (SSO_PROVIDERS must ' +
        'name a provider); the password routes answer 403 and the web app hides the password forms.',
      default: 'true',
      parse: boolean,
    },
  },
} satisfies Record<string, Record<string, OptionSpec<unknown>>>;
