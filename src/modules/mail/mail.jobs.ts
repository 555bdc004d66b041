// The `mail.send` job: take the message from the outbox, render it, send it over SMTP (or keep it in the development
// mailbox), record that it was sent and clear the message. Idempotent per job: a retried job whose mail already went
// out does nothing. Nothing logged here holds a mailed link's token.
import nodemailer from 'nodemailer';
import type { Job } from 'pg-boss';
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import type { MailJobData } from './mail.outbox.ts';
import type { MailRepository } from './mail.repository.ts';
import { renderMail, type MailMessage } from './mail.templates.ts';

export interface MailJobDeps {
  mailRepository: MailRepository;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  /** BRAND_NAME: in the subject and signature, and the sender's name when MAIL_FROM is an address alone. */
  organisation: string;
  logger: Logger;
}

/** MAIL_FROM as given when it names its sender ("Name <address>"); an address alone goes out under the organisation. */
export const senderOf = (mailFrom: string, organisation: string) =>
  mailFrom.includes('<') ? mailFrom : { name: organisation, address: mailFrom };

export const createMailJobHandler = ({
  mailRepository,
  smtpUrl,
  mailFrom,
  publicUrl,
  organisation,
  logger,
}: MailJobDeps) => {
  const transport = smtpUrl === undefined ? undefined : nodemailer.createTransport(smtpUrl);
  const from = senderOf(mailFrom, organisation);

  return async (job: Job<MailJobData>) => {
    if (await mailRepository.wasSent(job.id)) return;
    const outboxId = 'mailId' in job.data ? job.data.mailId : undefined;
    const message =
      outboxId === undefined
        ? (job.data as MailMessage)
        : ((await mailRepository.outboxMessage(outboxId)) as MailMessage | undefined);
    // Cleared or gone: the mail went out already (and its record was pruned since). Nothing to send.
    if (message === undefined) return;
    const mail = renderMail(message, { publicUrl, organisation });
    if (transport !== undefined) {
      // pg-boss aborts the job when a stopping worker's grace period is over and hands it back to the queue: the SMTP
      // transaction ends then too, rather than delivering a mail that the next worker will send again.
      await transport.sendMail({ from, to: message.to, ...mail, signal: job.signal });
      await mailRepository.recordSent({
        jobId: job.id,
        outboxId,
        recipient: message.to,
        subject: mail.subject,
        text: null,
        html: null,
        transport: 'smtp',
      });
    } else {
      await mailRepository.recordSent({
        jobId: job.id,
        outboxId,
        recipient: message.to,
        ...mail,
        transport: 'dev-mailbox',
      });
      logger.info({ to: message.to, subject: mail.subject }, 'mail kept in the development mailbox');
    }
  };
};

export const startMailWorker = (jobs: JobQueue, handler: ReturnType<typeof createMailJobHandler>) =>
  jobs.work<MailJobData>('mail.send', handler);
