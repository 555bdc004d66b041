// Small pieces every accounts use case shares: the audit entry for one's own account,
// the refusal of an unusable password, the key that throttles logins per address, and the profile a user row shows.
import { createHash } from 'node:crypto';
import { ValidationError } from '../../lib/errors.ts';
import type { Actor } from '../audit/actor.ts';
import type { AuditEntry } from '../audit/audit.repository.ts';
import { passwordProblem } from '../auth/passwords.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import type { LinkedLogin, UserProfile } from './accounts.schemas.ts';

export const emailKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/** Refuses a password that may not be used, naming the field it came in. */
export const refuseUnusablePassword = (password: string, email: string, pointer: string, which = 'password') => {
  const problem = passwordProblem(password, email);
  if (problem !== undefined) {
    throw new ValidationError(`The ${which} ${problem}.`, [{ in: 'body', pointer, detail: problem }]);
  }
};

/** An audit entry for something people did to their own account, from where they did it. */
export const selfAudit = (
  action: string,
  userId: string,
  context: Actor,
  details?: Record<string, unknown>,
): AuditEntry => ({
  action,
  actorId: userId,
  subjectId: userId,
  ip: context.ip,
  userAgent: context.userAgent,
  ...(details === undefined ? {} : { details }),
});

export type UserRow = NonNullable<Awaited<ReturnType<AccountsRepository['findUserById']>>>;

/** A row of the account's linked logins (AccountsRepository.linkedLogins), as the API shows it. */
export const toLinkedLogin = (row: Awaited<ReturnType<AccountsRepository['linkedLogins']>>[number]): LinkedLogin => ({
  provider: row.provider,
  subject: row.subject,
  email: row.email,
  linkedAt: row.linkedAt?.toISOString() ?? null,
  lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export const toProfile = (user: UserRow): UserProfile => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  emailVerified: user.emailVerifiedAt !== null,
  hasPassword: user.passwordHash !== null,
  timeZone: user.timeZone,
  weeklyDigest: user.weeklyDigest,
  createdAt: user.createdAt.toISOString(),
});
