// Managing other people's accounts: what admins do through /v1/admin/users and operators through the CLI.
import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { Role } from '../../lib/enums.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import { emailKey } from '../accounts/accounts.shared.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { Actor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { passwordProblem, type PasswordHashing } from '../auth/passwords.ts';
import type { UserRow, UsersRepository } from './users.repository.ts';
import type { AdminUser, ListUsersQuery } from './users.schemas.ts';

export interface UsersServiceDeps {
  usersRepository: UsersRepository;
  /** A change of someone's account and its audit entry commit together. */
  transact: UnitOfWork<{
    usersRepository: Pick<UsersRepository, 'setRole' | 'setDisabled'>;
    accountsRepository: Pick<
      AccountsRepository,
      'insertUserUnlessEmailTaken' | 'revokeAllSessions' | 'clearLoginThrottle' | 'markEmailVerified'
    >;
    auditRepository: Pick<AuditRepository, 'record'>;
  }>;
  passwords: Pick<PasswordHashing, 'hashPassword'>;
}

const UserCursor = Type.Object({ after: Type.String({ maxLength: 300 }) }, { additionalProperties: false });

const toAdminUser = (user: UserRow): AdminUser => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  emailVerified: user.emailVerifiedAt !== null,
  disabledAt: user.disabledAt?.toISOString() ?? null,
  createdAt: user.createdAt.toISOString(),
});

export const createUsersService = ({ usersRepository, transact, passwords }: UsersServiceDeps) => {
  const existingUser = async (id: string) => {
    const user = await usersRepository.findUser(id);
    if (user === undefined) throw new NotFoundError(`There is no user ${id}.`);
    return user;
  };

  const notOneself = (actor: Actor, id: string, what: string) => {
    if (actor.userId === id) throw new ConflictError(`You cannot ${what} your own account; ask another admin.`);
  };

  const audit = (
    unit: { auditRepository: Pick<AuditRepository, 'record'> },
    actor: Actor,
    action: string,
    subjectId: string,
    details: Record<string, unknown> = {},
  ) =>
    unit.auditRepository.record({
      action,
      actorId: actor.userId,
      subjectId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      details,
    });

  const changeRole = async (actor: Actor, id: string, role: Role): Promise<AdminUser> => {
    notOneself(actor, id, 'change the role of');
    const before = await existingUser(id);
    if (role !== 'learner' && before.emailVerifiedAt === null) {
      throw new ConflictError('Only accounts with a verified email address can have a role above learner.');
    }
    const after = await transact(async (unit) => {
      const changed = (await unit.usersRepository.setRole(id, role))!;
      if (before.role !== role) await audit(unit, actor, 'user.role_changed', id, { from: before.role, to: role });
      return changed;
    });
    return toAdminUser(after);
  };

  return {
    async listUsers(query: ListUsersQuery) {
      const limit = query.limit ?? 20;
      const after = resumeFrom(query.cursor, UserCursor)?.after;
      const rows = await usersRepository.listUsers(query, after, rowsForPage(limit));
      const page = pageOf(rows, limit, (last) => ({ after: last.email.toLowerCase() }));
      return { items: page.items.map(toAdminUser), nextCursor: page.nextCursor };
    },

    changeRole,

    /** Disables the account and ends all its sessions at once. */
    async disable(actor: Actor, id: string): Promise<AdminUser> {
      notOneself(actor, id, 'disable');
      await existingUser(id);
      const user = await transact(async (unit) => {
        const disabled = (await unit.usersRepository.setDisabled(id, true))!;
        await unit.accountsRepository.revokeAllSessions(id);
        await audit(unit, actor, 'user.disabled', id);
        return disabled;
      });
      return toAdminUser(user);
    },

    /** Enables a disabled account; also lifts a lock left by too many failed logins. */
    async enable(actor: Actor, id: string): Promise<AdminUser> {
      const before = await existingUser(id);
      const user = await transact(async (unit) => {
        const enabled = (await unit.usersRepository.setDisabled(id, false))!;
        await unit.accountsRepository.clearLoginThrottle(emailKey(before.email));
        await audit(unit, actor, 'user.enabled', id);
        return enabled;
      });
      return toAdminUser(user);
    },

    /** For the CLI: a first admin on a new installation, or another one. */
    async createAdmin(input: { email: string; displayName: string; password: string }, actor: Actor) {
      const problem = passwordProblem(input.password, input.email);
      if (problem !== undefined) throw new ValidationError(`The password ${problem}.`);
      const passwordHash = await passwords.hashPassword(input.password);
      const created = await transact(async (unit) => {
        const inserted = await unit.accountsRepository.insertUserUnlessEmailTaken({
          id: randomUUID(),
          email: input.email.trim(),
          displayName: input.displayName.trim(),
          passwordHash,
        });
        if (inserted === undefined) {
          throw new ConflictError(`${input.email} already has an account; use users set-role.`);
        }
        // The operator vouches for the address: an admin must be verified (see changeRole).
        await unit.accountsRepository.markEmailVerified(inserted.id);
        await unit.usersRepository.setRole(inserted.id, 'admin');
        await audit(unit, actor, 'user.admin_created', inserted.id);
        return inserted;
      });
      return toAdminUser((await usersRepository.findUser(created.id))!);
    },

    /** For the CLI: change a role by email. */
    async setRoleByEmail(email: string, role: Role, actor: Actor) {
      const user = await usersRepository.findUserByEmail(email);
      if (user === undefined) throw new NotFoundError(`There is no account for ${email}.`);
      return changeRole(actor, user.id, role);
    },
  };
};

export type UsersService = ReturnType<typeof createUsersService>;
