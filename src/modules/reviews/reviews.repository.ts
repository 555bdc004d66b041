// The review threads of drafts (migration 0016): the only SQL on draft_reviews.
import type { Db } from '../../infra/database.ts';
import type { DraftReviewKind } from '../../lib/enums.ts';

export interface ReviewRow {
  id: string;
  draftId: string;
  kind: DraftReviewKind;
  body: string;
  draftRevision: number;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
}

export interface NewReview {
  id: string;
  draftId: string;
  kind: DraftReviewKind;
  body: string;
  draftRevision: number;
  authorId: string;
}

export const createReviewsRepository = (db: Db) => {
  const reviews = () =>
    db
      .selectFrom('draftReviews as r')
      .leftJoin('users as u', 'u.id', 'r.authorId')
      .select([
        'r.id',
        'r.draftId',
        'r.kind',
        'r.body',
        'r.draftRevision',
        'r.authorId',
        'u.displayName as authorName',
        'r.createdAt',
      ]);

  return {
    async insert(review: NewReview): Promise<ReviewRow> {
      await db.insertInto('draftReviews').values(review).execute();
      return (await reviews().where('r.id', '=', review.id).executeTakeFirstOrThrow()) as ReviewRow;
    },

    /** The revision the latest approval of a draft was given to, if it has one. */
    async approvedRevision(draftId: string): Promise<number | undefined> {
      const row = await db
        .selectFrom('draftReviews')
        .select('draftRevision')
        .where('draftId', '=', draftId)
        .where('kind', '=', 'approved')
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.draftRevision;
    },

    /** The whole thread of a draft, oldest first (a thread is short: a handful of rounds of review). */
    listOf: async (draftId: string): Promise<ReviewRow[]> =>
      (await reviews()
        .where('r.draftId', '=', draftId)
        .orderBy('r.createdAt')
        .orderBy('r.id')
        .execute()) as ReviewRow[],
  };
};

export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
