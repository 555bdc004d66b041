// Mentors' messages to the members of their cohorts, and each recipient's copy with its read mark (decision 0040).
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

/** The most messages a learner's list shows, newest first. */
export const MAX_MESSAGES_LISTED = 100;

export const createCohortMessagesRepository = (db: Db) => ({
  /**
   * How many messages `senderId` sent in the cohort in the last hour, and when the oldest of them was sent (when
   * the window frees a place).
   */
  async sentInLastHour(cohortId: string, senderId: string) {
    const row = await db
      .selectFrom('cohortMessages')
      .select([sql<number>`count(*)::int`.as('count'), sql<Date | null>`min(created_at)`.as('oldest')])
      .where('cohortId', '=', cohortId)
      .where('senderId', '=', senderId)
      .where('createdAt', '>', sql<Date>`now() - interval '1 hour'`)
      .executeTakeFirstOrThrow();
    return row;
  },

  /** Current members with an enabled account: all of them, or only `userId`. */
  listRecipients(cohortId: string, userId?: string) {
    let query = db
      .selectFrom('cohortMembers as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select(['u.id', 'u.email', 'u.displayName'])
      .where('m.cohortId', '=', cohortId)
      .where('m.leftAt', 'is', null)
      .where('u.disabledAt', 'is', null)
      .orderBy('u.id');
    if (userId !== undefined) query = query.where('u.id', '=', userId);
    return query.execute();
  },

  async insertMessage(message: { cohortId: string; senderId: string; subject: string; body: string }) {
    const row = await db
      .insertInto('cohortMessages')
      .values(message)
      .returning(['id', 'createdAt'])
      .executeTakeFirstOrThrow();
    return row;
  },

  async insertRecipients(messageId: string, userIds: string[]) {
    await db
      .insertInto('cohortMessageRecipients')
      .values(userIds.map((userId) => ({ messageId, userId })))
      .execute();
  },

  /** A learner's messages, newest first, with their cohort and sender. */
  listOf(userId: string, { unreadOnly = false } = {}) {
    let query = db
      .selectFrom('cohortMessageRecipients as r')
      .innerJoin('cohortMessages as msg', 'msg.id', 'r.messageId')
      .innerJoin('cohorts as c', 'c.id', 'msg.cohortId')
      .leftJoin('users as sender', 'sender.id', 'msg.senderId')
      .select([
        'msg.id',
        'msg.kind',
        'msg.subject',
        'msg.body',
        'msg.createdAt',
        'r.readAt',
        'c.id as cohortId',
        'c.name as cohortName',
        'sender.displayName as senderName',
      ])
      .where('r.userId', '=', userId)
      .orderBy('msg.createdAt', 'desc')
      .orderBy('msg.id')
      .limit(MAX_MESSAGES_LISTED);
    if (unreadOnly) query = query.where('r.readAt', 'is', null);
    return query.execute();
  },

  async countUnread(userId: string) {
    const row = await db
      .selectFrom('cohortMessageRecipients')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('userId', '=', userId)
      .where('readAt', 'is', null)
      .executeTakeFirstOrThrow();
    return row.count;
  },

  /** False when the message was not sent to `userId`; reading it twice keeps the first time. */
  async markRead(messageId: string, userId: string) {
    const row = await db
      .updateTable('cohortMessageRecipients')
      .set({ readAt: sql<Date>`coalesce(read_at, now())` })
      .where('messageId', '=', messageId)
      .where('userId', '=', userId)
      .returning('messageId')
      .executeTakeFirst();
    return row !== undefined;
  },
});

export type CohortMessagesRepository = ReturnType<typeof createCohortMessagesRepository>;
