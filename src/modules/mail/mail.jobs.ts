// The `mail.send` job: render, send over SMTP (or keep in the development mailbox), record that it was sent.
// Idempotent per job: a retried job whose mail already went out does nothing.
import nodemailer from 'nodemailer';
import type { Job } from 'pg-boss';
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import type { MailRepository } from './mail.repository.ts';
import { renderMail, type MailMessage } from './mail.templates.ts';

export interface MailJobDeps {
  mailRepository: MailRepository;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  logger: Logger;
}

export const createMailJobHandler = ({ mailRepository, smtpUrl, mailFrom, publicUrl, logger }: MailJobDeps) => {
  const transport = smtpUrl === undefined ? undefined : nodemailer.createTransport(smtpUrl);

  return async (job: Job<MailMessage>) => {
    if (await mailRepository.wasSent(job.id)) return;
    const mail = renderMail(job.data, publicUrl);
    if (transport !== undefined) {
      // pg-boss aborts the job when a stopping worker's grace period is over and hands it back to the queue: the SMTP
      // transaction ends then too, rather than delivering a mail that the next worker will send again.
      await transport.sendMail({ from: mailFrom, to: job.data.to, ...mail, signal: job.signal });
      await mailRepository.recordSent({
        jobId: job.id,
        recipient: job.data.to,
        subject: mail.subject,
        text: null,
        html: null,
        transport: 'smtp',
      });
    } else {
      await mailRepository.recordSent({ jobId: job.id, recipient: job.data.to, ...mail, transport: 'dev-mailbox' });
      logger.info({ to: job.data.to, subject: mail.subject, text: mail.text }, 'mail kept in the development mailbox');
    }
  };
};

export const startMailWorker = (jobs: JobQueue, handler: ReturnType<typeof createMailJobHandler>) =>
  jobs.work<MailMessage>('mail.send', handler);
