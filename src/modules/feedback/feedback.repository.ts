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
  'roadmapSlug as roadmap',
  'target',
  'helpful',
  'reasons',
  'body',
  'state',
  'spamScore',
  'spamSignals',
  'userId',
  'replyNote',
  'moderatedAt',
  sql<string | null>`(select display_name from users u where u.id = feedback_comments.moderated_by)`.as(
    'moderatorName',
  ),
  'createdAt',
  // Full microsecond precision for the cursor: a Date would round it to milliseconds and skip rows.
  sql<string>`created_at::text`.as('position'),
] as const;

export const createFeedbackRepository = (db: Db) => ({
  /** The salt of the given day's IP hashes, made on first use; two instances racing agree on one. */
  async daySalt(day: string): Promise<Buffer> {
    await db
      .insertInto('feedbackIpSalts')
      .values({ day, salt: randomBytes(32) })
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
    const row = await db.selectFrom('feedbackIpSalts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
    return Buffer.from(row.salt);
  },

  /** Records the vote, or changes the voter's earlier one on the same target; `changed` tells which. */
  async upsertVote(vote: NewVote): Promise<{ changed: boolean }> {
    const values = {
      roadmapSlug: vote.roadmap,
      target: vote.target,
      visitorId: vote.voter.visitorId ?? null,
      userId: vote.voter.userId ?? null,
      helpful: vote.helpful,
      reasons: vote.reasons,
      ipHash: vote.ipHash,
    };
    const voterColumn = vote.voter.userId === undefined ? 'visitorId' : 'userId';
    const row = await db
      .insertInto('feedbackVotes')
      .values(values)
      .onConflict((oc) =>
        oc
          .columns(['roadmapSlug', 'target', voterColumn])
          .where(voterColumn, 'is not', null)
          .doUpdateSet({
            helpful: vote.helpful,
            reasons: vote.reasons,
            ipHash: vote.ipHash,
            updatedAt: sql<Date>`now()`,
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
      .selectFrom('feedbackComments')
      .select('id')
      .where('createdAt', '>=', since)
      .where((eb) =>
        eb.or([
          eb('ipHash', '=', ipHash),
          voter.userId === undefined ? eb('visitorId', '=', voter.visitorId) : eb('userId', '=', voter.userId),
        ]),
      )
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** False when the same comment (by its hash) is already on this roadmap: then nothing is stored. */
  async insertComment(comment: NewComment): Promise<boolean> {
    const result = await db
      .insertInto('feedbackComments')
      .values({
        id: comment.id,
        roadmapSlug: comment.roadmap,
        target: comment.target,
        visitorId: comment.voter.visitorId ?? null,
        userId: comment.voter.userId ?? null,
        helpful: comment.helpful,
        reasons: comment.reasons,
        body: comment.body,
        contentHash: comment.contentHash,
        spamScore: comment.spamScore,
        spamSignals: comment.spamSignals,
        state: comment.state,
        ipHash: comment.ipHash,
      })
      .onConflict((oc) => oc.columns(['roadmapSlug', 'contentHash']).doNothing())
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
      .selectFrom('feedbackVotes')
      .select([
        'target',
        sql<number>`count(*) filter (where helpful)`.as('helpful'),
        sql<number>`count(*) filter (where not helpful)`.as('notHelpful'),
      ])
      .where('roadmapSlug', '=', roadmap)
      .$if(target !== undefined, (query) => query.where('target', '=', target!))
      .groupBy('target');
    const frozen = db
      .selectFrom('feedbackDaily')
      .select(['target', sql<number>`sum(helpful)`.as('helpful'), sql<number>`sum(not_helpful)`.as('notHelpful')])
      .where('roadmapSlug', '=', roadmap)
      .where('day', '<', (eb) => eb.selectFrom('analyticsState').select('purgedBefore'))
      .$if(target !== undefined, (query) => query.where('target', '=', target!))
      .groupBy('target');
    const rows = await db
      .selectFrom(live.unionAll(frozen).as('counts'))
      .select([
        'target',
        sql<number>`sum(helpful)::int`.as('helpful'),
        sql<number>`sum(not_helpful)::int`.as('notHelpful'),
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
    let query = db.selectFrom('feedbackComments').select(commentColumns);
    if (filter.state !== undefined) query = query.where('state', '=', filter.state);
    if (filter.roadmap !== undefined) query = query.where('roadmapSlug', '=', filter.roadmap);
    if (after !== undefined) {
      query = query.where((eb) =>
        eb(eb.refTuple('createdAt', 'id'), '<', eb.tuple(sql<Date>`${after.createdAt}::timestamptz`, after.id)),
      );
    }
    return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(pageRows(limit)).execute();
  },

  /** How many comments are in each state, on one roadmap or on all. */
  async countComments(roadmap: string | undefined) {
    let query = db
      .selectFrom('feedbackComments')
      .select(['state', sql<number>`count(*)::int`.as('count')])
      .groupBy('state');
    if (roadmap !== undefined) query = query.where('roadmapSlug', '=', roadmap);
    return query.execute();
  },

  findComment(id: string) {
    return db.selectFrom('feedbackComments').select(commentColumns).where('id', '=', id).executeTakeFirst();
  },

  async moderateComment(id: string, change: { state: CommentState; replyNote?: string; moderatorId: string }) {
    return db
      .updateTable('feedbackComments')
      .set({
        state: change.state,
        ...(change.replyNote === undefined ? {} : { replyNote: change.replyNote }),
        moderatedBy: change.moderatorId,
        moderatedAt: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returning(commentColumns)
      .executeTakeFirst();
  },

  async deleteComment(id: string) {
    const result = await db.deleteFrom('feedbackComments').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
});

export type FeedbackRepository = ReturnType<typeof createFeedbackRepository>;
