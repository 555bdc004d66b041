import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';

export const createMailRepository = (db: Db) => ({
  async wasSent(jobId: string) {
    return (
      (await db.selectFrom('sentMail').select('jobId').where('jobId', '=', jobId).executeTakeFirst()) !== undefined
    );
  },

  /**
   * Records that the mail went out and, in the same transaction, clears its message from the outbox: from then on
   * the link's token is nowhere but in the mail (and, with the development mailbox as transport, in `text`/`html`).
   */
  async recordSent(mail: {
    jobId: string;
    outboxId: string | undefined;
    recipient: string;
    subject: string;
    text: string | null;
    html: string | null;
    transport: 'smtp' | 'dev-mailbox';
  }) {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('sentMail')
        .values({
          jobId: mail.jobId,
          recipient: mail.recipient,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html,
          transport: mail.transport,
        })
        .onConflict((oc) => oc.column('jobId').doNothing())
        .execute();
      if (mail.outboxId !== undefined) {
        await trx.updateTable('mailOutbox').set({ message: null }).where('id', '=', mail.outboxId).execute();
      }
    });
  },

  /** The message of a queued mail; undefined once it was sent (or its row is gone). */
  async outboxMessage(id: string): Promise<unknown> {
    const row = await db.selectFrom('mailOutbox').select('message').where('id', '=', id).executeTakeFirst();
    return row?.message ?? undefined;
  },

  /**
   * Holds, until the transaction ends, the right to queue mail to one address: two requests at once cannot both
   * see room under the hourly cap.
   */
  async lockRecipient(recipientHash: string) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`mail:${recipientHash}`}, 0))`.execute(db);
  },

  async countQueuedSince(recipientHash: string, minutes: number) {
    const row = await db
      .selectFrom('mailOutbox')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('recipientHash', '=', recipientHash)
      .where('queuedAt', '>', sql<Date>`now() - make_interval(mins => ${minutes})`)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  },

  async queue(mail: { id: string; recipientHash: string; template: string; message: object }) {
    await db
      .insertInto('mailOutbox')
      .values({
        id: mail.id,
        recipientHash: mail.recipientHash,
        template: mail.template,
        message: JSON.stringify(mail.message),
      })
      .execute();
  },

  /** True when an account has this address and has proved it owns it. */
  async isVerifiedAddress(email: string) {
    const row = await db
      .selectFrom('users')
      .select('id')
      .where(sql<boolean>`lower(email) = lower(${email})`)
      .where('emailVerifiedAt', 'is not', null)
      .executeTakeFirst();
    return row !== undefined;
  },

  /**
   * Deletes up to `limit` records of mail sent more than `days` days ago (for the daily housekeeping job). A record
   * only has to outlive the retries of its job, which end within hours.
   */
  async deleteSentBefore(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('sentMail')
      .where('jobId', 'in', (eb) => eb.selectFrom('sentMail').select('jobId').where('sentAt', '<', cutoff).limit(limit))
      .where('sentAt', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** Deletes up to `limit` outbox rows queued more than `days` days ago (their mail was sent or gave up long since). */
  async deleteOutboxBefore(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('mailOutbox')
      .where('id', 'in', (eb) => eb.selectFrom('mailOutbox').select('id').where('queuedAt', '<', cutoff).limit(limit))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** The development mailbox: mail kept because no SMTP server is configured, newest first. */
  devMailbox(limit: number) {
    return db
      .selectFrom('sentMail')
      .select(['jobId', 'recipient', 'subject', 'textBody', 'htmlBody', 'sentAt'])
      .where('transport', '=', 'dev-mailbox')
      .orderBy('sentAt', 'desc')
      .orderBy('jobId', 'desc')
      .limit(pageRows(limit))
      .execute();
  },
});

export type MailRepository = ReturnType<typeof createMailRepository>;
