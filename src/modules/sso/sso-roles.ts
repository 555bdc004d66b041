// The role a login's claims give, applied at every login, not only the first (decision 0045). A provider that owns
// roles (ownsRoles) decides every role of its people, admin included. Otherwise a login raises a role, and lowers
// only a role this provider gave (users.role_source): a role an admin or the CLI set here stays until they change it.
import type { SsoProviderConfig } from '../../config/sso-options.ts';
import { ROLES, type Role } from '../../lib/enums.ts';
import type { UserRow } from '../accounts/accounts.shared.ts';
import type { SsoClaims } from './oidc-client.ts';
import { roleFromClaims } from './sso-claims.ts';
import type { SsoUnitOfWork } from './sso.service.ts';

const rank = (role: Role) => ROLES.indexOf(role);

/** The role the account should have after this login; undefined when it keeps the one it has. */
export const roleAfterLogin = (
  provider: SsoProviderConfig,
  user: Pick<UserRow, 'role' | 'roleSource'>,
  claims: SsoClaims,
): Role | undefined => {
  if (provider.roleClaim === undefined) return undefined;
  const mapped = roleFromClaims(provider, claims);
  if (mapped === user.role && user.roleSource === provider.id) return undefined;
  const mayLower = provider.ownsRoles || user.roleSource === provider.id;
  if (rank(mapped) > rank(user.role) || (mayLower && rank(mapped) <= rank(user.role))) return mapped;
  return undefined;
};

/** Applies the claims' role to the account in the login's transaction, with its audit entry; the row as it is now. */
export const applyRoleFromClaims = async (
  unit: SsoUnitOfWork,
  provider: SsoProviderConfig,
  user: UserRow,
  claims: SsoClaims,
): Promise<UserRow> => {
  const role = roleAfterLogin(provider, user, claims);
  if (role === undefined) return user;
  await unit.accountsRepository.setRoleFromProvider(user.id, role, provider.id);
  if (role !== user.role) {
    await unit.auditRepository.record({
      action: 'user.role_changed',
      subjectId: user.id,
      details: { from: user.role, to: role, provider: provider.id, source: 'sso' },
    });
  }
  return { ...user, role, roleSource: provider.id };
};
