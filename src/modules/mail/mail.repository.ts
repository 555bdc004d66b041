import { sql } from 'kysely';
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

  /**
   * Deletes up to `limit` records of mail sent more than `days` days ago (for the daily housekeeping job). A record
   * only has to outlive the retries of its job, which end within hours.
   */
  async deleteSentBefore(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('sent_mail')
      .where('job_id', 'in', (eb) =>
        eb.selectFrom('sent_mail').select('job_id').where('sent_at', '<', cutoff).limit(limit),
      )
      .where('sent_at', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
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
