// The one way mail is queued. Inside the transaction of the change that causes it: the message goes to the outbox
// (never into the job queue, whose rows and failure records outlive the send), and the job carries only its id.
// Two rules hold here for every kind of mail, whoever calls:
// - at most `perAddressPerHour` mails to one address in any hour; beyond that the mail is dropped, silently for the
//   caller (the HTTP answer stays the same), with a log line that names neither the address nor a token;
// - a display name goes only to an address its account has verified: anyone can sign up with someone else's
//   address, and a display name chosen by them could carry a message of their own.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import { emailKey } from '../accounts/accounts.shared.ts';
import { createMailRepository } from './mail.repository.ts';
import type { MailMessage } from './mail.templates.ts';

/** What the `mail.send` job carries. Jobs queued before the outbox existed carry the message itself. */
export type MailJobData = { mailId: string } | MailMessage;

export interface MailOutboxDeps {
  jobs: Pick<JobQueue, 'send'>;
  logger: Logger;
  perAddressPerHour: number;
}

const withoutDisplayName = (message: MailMessage): MailMessage => {
  if (!('displayName' in message)) return message;
  const { displayName: _dropped, ...rest } = message;
  return rest;
};

export const createMailOutbox = ({ jobs, logger, perAddressPerHour }: MailOutboxDeps) => ({
  /** Queues `message`; it is sent only if `trx` commits. */
  async send(trx: Transaction<Database>, message: MailMessage): Promise<void> {
    const mailRepository = createMailRepository(trx);
    const recipientHash = emailKey(message.to);
    await mailRepository.lockRecipient(recipientHash);
    if ((await mailRepository.countQueuedSince(recipientHash, 60)) >= perAddressPerHour) {
      logger.warn(
        { template: message.template, recipientHash, perAddressPerHour },
        'mail dropped: this address has had the most mail allowed in an hour (MAIL_PER_ADDRESS_PER_HOUR)',
      );
      return;
    }
    const addressed =
      'displayName' in message && !(await mailRepository.isVerifiedAddress(message.to))
        ? withoutDisplayName(message)
        : message;
    const mailId = randomUUID();
    await mailRepository.queue({ id: mailId, recipientHash, template: message.template, message: addressed });
    await jobs.send('mail.send', { mailId }, { transaction: trx });
  },
});

export type MailOutbox = ReturnType<typeof createMailOutbox>;
