import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { CommentState } from '../../lib/enums.ts';

/** Who voted: an anonymous visitor (their cookie's id) or a signed-in user, never both. */
export type Voter = { visitorId: string; userId?: undefined } | { userId: string; visitorId?: undefined };

export interface NewVote {
  roadmap: string;
  target: string;
  voter: Voter;
  helpful: boolean;
  reasons: string[];
  ipHash: string;
}

export interface NewComment extends NewVote {
  id: string;
  body: string;
  contentHash: string;
  spamScore: number;
  spamSignals: string[];
  state: CommentState;
}

const commentColumns = [
  'id',
  'roadmap_slug as roadmap',
  'target',
  'helpful',
  'reasons',
  'body',
  'state',
  'spam_score as spamScore',
  'spam_signals as spamSignals',
  'user_id as userId',
  'reply_note as replyNote',
  'moderated_at as moderatedAt',
  'created_at as createdAt',
  // Full microsecond precision for the cursor: a Date would round it to milliseconds and skip rows.
  sql<string>`created_at::text`.as('position'),
] as const;

export const createFeedbackRepository = (db: Db) => ({
  /** The salt of the given day's IP hashes, made on first use; two instances racing agree on one. */
  async daySalt(day: string): Promise<Buffer> {
    await db
      .insertInto('feedback_ip_salts')
      .values({ day, salt: randomBytes(32) })
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
    const row = await db
      .selectFrom('feedback_ip_salts')
      .select('salt')
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
    return Buffer.from(row.salt);
  },

  /** Records the vote, or changes the voter's earlier one on the same target; `changed` tells which. */
  async upsertVote(vote: NewVote): Promise<{ changed: boolean }> {
    const values = {
      roadmap_slug: vote.roadmap,
      target: vote.target,
      visitor_id: vote.voter.visitorId ?? null,
      user_id: vote.voter.userId ?? null,
      helpful: vote.helpful,
      reasons: vote.reasons,
      ip_hash: vote.ipHash,
    };
    const voterColumn = vote.voter.userId === undefined ? 'visitor_id' : 'user_id';
    const row = await db
      .insertInto('feedback_votes')
      .values(values)
      .onConflict((oc) =>
        oc
          .columns(['roadmap_slug', 'target', voterColumn])
          .where(voterColumn, 'is not', null)
          .doUpdateSet({
            helpful: vote.helpful,
            reasons: vote.reasons,
            ip_hash: vote.ipHash,
            updated_at: sql<Date>`now()`,
          }),
      )
      // xmax is set on a row that an upsert updated, zero on one it inserted.
      .returning(sql<boolean>`xmax <> 0`.as('changed'))
      .executeTakeFirstOrThrow();
    return { changed: row.changed };
  },

  /** Whether the visitor or the address left a comment since the given time. */
  async commentedSince(voter: Voter, ipHash: string, since: Date): Promise<boolean> {
    const row = await db
      .selectFrom('feedback_comments')
      .select('id')
      .where('created_at', '>=', since)
      .where((eb) =>
        eb.or([
          eb('ip_hash', '=', ipHash),
          voter.userId === undefined ? eb('visitor_id', '=', voter.visitorId) : eb('user_id', '=', voter.userId),
        ]),
      )
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** False when the same comment (by its hash) is already on this roadmap: then nothing is stored. */
  async insertComment(comment: NewComment): Promise<boolean> {
    const result = await db
      .insertInto('feedback_comments')
      .values({
        id: comment.id,
        roadmap_slug: comment.roadmap,
        target: comment.target,
        visitor_id: comment.voter.visitorId ?? null,
        user_id: comment.voter.userId ?? null,
        helpful: comment.helpful,
        reasons: comment.reasons,
        body: comment.body,
        content_hash: comment.contentHash,
        spam_score: comment.spamScore,
        spam_signals: comment.spamSignals,
        state: comment.state,
        ip_hash: comment.ipHash,
      })
      .onConflict((oc) => oc.columns(['roadmap_slug', 'content_hash']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return result !== undefined;
  },

  /**
   * Votes per target: the final daily counts from before the last purge plus the raw votes since, so a vote shows at
   * once and a purge changes no count.
   */
  async countVotes(roadmap: string, target: string | undefined) {
    const live = db
      .selectFrom('feedback_votes')
      .select([
        'target',
        sql<number>`count(*) filter (where helpful)`.as('helpful'),
        sql<number>`count(*) filter (where not helpful)`.as('notHelpful'),
      ])
      .where('roadmap_slug', '=', roadmap)
      .$if(target !== undefined, (query) => query.where('target', '=', target!))
      .groupBy('target');
    const frozen = db
      .selectFrom('feedback_daily')
      .select(['target', sql<number>`sum(helpful)`.as('helpful'), sql<number>`sum(not_helpful)`.as('notHelpful')])
      .where('roadmap_slug', '=', roadmap)
      .where('day', '<', (eb) => eb.selectFrom('analytics_state').select('purged_before'))
      .$if(target !== undefined, (query) => query.where('target', '=', target!))
      .groupBy('target');
    const rows = await db
      .selectFrom(live.unionAll(frozen).as('counts'))
      .select([
        'target',
        sql<number>`sum(helpful)::int`.as('helpful'),
        sql<number>`sum("notHelpful")::int`.as('notHelpful'),
      ])
      .groupBy('target')
      .orderBy('target')
      .execute();
    return rows;
  },

  /** Newest first; after the given (createdAt, id) position. */
  listComments(
    filter: { state?: CommentState | undefined; roadmap?: string | undefined },
    after: { createdAt: string; id: string } | undefined,
    limit: number,
  ) {
    let query = db.selectFrom('feedback_comments').select(commentColumns);
    if (filter.state !== undefined) query = query.where('state', '=', filter.state);
    if (filter.roadmap !== undefined) query = query.where('roadmap_slug', '=', filter.roadmap);
    if (after !== undefined) {
      query = query.where((eb) =>
        eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(sql<Date>`${after.createdAt}::timestamptz`, after.id)),
      );
    }
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageRows(limit)).execute();
  },

  findComment(id: string) {
    return db.selectFrom('feedback_comments').select(commentColumns).where('id', '=', id).executeTakeFirst();
  },

  async moderateComment(id: string, change: { state: CommentState; replyNote?: string; moderatorId: string }) {
    return db
      .updateTable('feedback_comments')
      .set({
        state: change.state,
        ...(change.replyNote === undefined ? {} : { reply_note: change.replyNote }),
        moderated_by: change.moderatorId,
        moderated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returning(commentColumns)
      .executeTakeFirst();
  },

  async deleteComment(id: string) {
    const result = await db.deleteFrom('feedback_comments').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
});

export type FeedbackRepository = ReturnType<typeof createFeedbackRepository>;
