import type { Db } from '../../infra/database.ts';

export const createMailRepository = (db: Db) => ({
  async wasSent(jobId: string) {
    return (
      (await db.selectFrom('sent_mail').select('job_id').where('job_id', '=', jobId).executeTakeFirst()) !== undefined
    );
  },

  async recordSent(mail: {
    jobId: string;
    recipient: string;
    subject: string;
    text: string | null;
    html: string | null;
    transport: 'smtp' | 'dev-mailbox';
  }) {
    await db
      .insertInto('sent_mail')
      .values({
        job_id: mail.jobId,
        recipient: mail.recipient,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html,
        transport: mail.transport,
      })
      .onConflict((oc) => oc.column('job_id').doNothing())
      .execute();
  },

  /** The development mailbox: mail kept because no SMTP server is configured, newest first. */
  devMailbox(limit: number) {
    return db
      .selectFrom('sent_mail')
      .select(['job_id', 'recipient', 'subject', 'text_body', 'html_body', 'sent_at'])
      .where('transport', '=', 'dev-mailbox')
      .orderBy('sent_at', 'desc')
      .orderBy('job_id', 'desc')
      .limit(limit)
      .execute();
  },
});

export type MailRepository = ReturnType<typeof createMailRepository>;
