// Housekeeping: deletes what would otherwise grow for ever — failed-login counters, mailed-link tokens, records of
// sent mail, the tokens of ended sessions, the history of link checks — once each is past the retention Waymark's own checks need.
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import type { LinkCheckRepository } from '../link-check/link-check.repository.ts';
import type { MailRepository } from '../mail/mail.repository.ts';

export interface RetentionDays {
  loginAttempts: number;
  emailTokens: number;
  sentMail: number;
  endedSessions: number;
  linkChecks: number;
}

export interface HousekeepingServiceDeps {
  accountsRepository: Pick<
    AccountsRepository,
    'deleteStaleLoginThrottles' | 'deleteExpiredEmailTokens' | 'deleteEndedSessionTokens'
  >;
  mailRepository: Pick<MailRepository, 'deleteSentBefore' | 'deleteOutboxBefore'>;
  linkCheckRepository: Pick<LinkCheckRepository, 'deleteChecksBefore'>;
  retentionDays: RetentionDays;
  /** Rows per delete statement. */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 1000;

/** Repeats a bounded delete until a batch removes fewer rows than it may: the table is then done. */
const deleteInBatches = async (deleteBatch: (limit: number) => Promise<number>, batchSize: number) => {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch(batchSize);
    total += deleted;
    if (deleted < batchSize) return total;
  }
};

export const createHousekeepingService = ({
  accountsRepository,
  mailRepository,
  linkCheckRepository,
  retentionDays,
  batchSize = DEFAULT_BATCH_SIZE,
}: HousekeepingServiceDeps) => ({
  /** Deletes everything past its retention (the scheduled `housekeeping.prune` job); says how much per table. */
  async prune() {
    const loginAttempts = await deleteInBatches(
      (limit) => accountsRepository.deleteStaleLoginThrottles(retentionDays.loginAttempts, limit),
      batchSize,
    );
    const emailTokens = await deleteInBatches(
      (limit) => accountsRepository.deleteExpiredEmailTokens(retentionDays.emailTokens, limit),
      batchSize,
    );
    // Records of sent mail, and the outbox rows mail was queued from (their message was cleared when sent).
    const sentMail =
      (await deleteInBatches((limit) => mailRepository.deleteSentBefore(retentionDays.sentMail, limit), batchSize)) +
      (await deleteInBatches((limit) => mailRepository.deleteOutboxBefore(retentionDays.sentMail, limit), batchSize));
    const refreshTokens = await deleteInBatches(
      (limit) => accountsRepository.deleteEndedSessionTokens(retentionDays.endedSessions, limit),
      batchSize,
    );
    // Each link's current state stays: only the history behind it goes.
    const linkChecks = await deleteInBatches(
      (limit) => linkCheckRepository.deleteChecksBefore(retentionDays.linkChecks, limit),
      batchSize,
    );
    return { loginAttempts, emailTokens, sentMail, refreshTokens, linkChecks };
  },
});

export type HousekeepingService = ReturnType<typeof createHousekeepingService>;
