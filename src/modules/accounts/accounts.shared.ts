// Small pieces every accounts use case shares: the audit entry for one's own account,
// the refusal of an unusable password, and the key that throttles logins per address.
import { createHash } from 'node:crypto';
import { ValidationError } from '../../lib/errors.ts';
import type { Actor } from '../audit/actor.ts';
import type { AuditEntry } from '../audit/audit.repository.ts';
import { passwordProblem } from '../auth/passwords.ts';

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
