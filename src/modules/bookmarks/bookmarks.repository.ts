import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

export interface BookmarkKey {
  userId: string;
  slug: string;
  stepId: string;
}

export const createBookmarksRepository = (db: Db) => {
  /** Bookmarks with their roadmap's and step's titles, newest first. */
  const withTitles = (userId: string) =>
    db
      .selectFrom('stepBookmarks as b')
      .innerJoin('roadmapSteps as s', (join) =>
        join.onRef('s.roadmapSlug', '=', 'b.roadmapSlug').onRef('s.id', '=', 'b.stepId'),
      )
      .innerJoin('roadmaps as r', 'r.slug', 'b.roadmapSlug')
      .select([
        'b.id',
        'b.roadmapSlug as slug',
        'r.title as roadmapTitle',
        'b.stepId',
        's.title as stepTitle',
        'b.createdAt',
        sql<boolean>`(s.archived_at is not null or r.archived_at is not null)`.as('archived'),
      ])
      .where('b.userId', '=', userId)
      .orderBy('b.id', 'desc');

  return {
    /**
     * Adds the bookmark: 'added', 'present' when it was there already, or 'full' when the owner holds `limit`. The
     * owner's row is locked while counting, so bookmarks added at the same moment cannot pass the limit together.
     */
    add(key: BookmarkKey, limit: number): Promise<'added' | 'present' | 'full'> {
      return db.transaction().execute(async (trx) => {
        await trx.selectFrom('users').select('id').where('id', '=', key.userId).forUpdate().execute();
        const existing = await trx
          .selectFrom('stepBookmarks')
          .select('id')
          .where('userId', '=', key.userId)
          .where('roadmapSlug', '=', key.slug)
          .where('stepId', '=', key.stepId)
          .executeTakeFirst();
        if (existing !== undefined) return 'present';
        const { held } = await trx
          .selectFrom('stepBookmarks')
          .select(sql<number>`count(*)::int`.as('held'))
          .where('userId', '=', key.userId)
          .executeTakeFirstOrThrow();
        if (held >= limit) return 'full';
        await trx
          .insertInto('stepBookmarks')
          .values({ userId: key.userId, roadmapSlug: key.slug, stepId: key.stepId })
          .execute();
        return 'added';
      });
    },

    find(key: BookmarkKey) {
      return withTitles(key.userId)
        .where('b.roadmapSlug', '=', key.slug)
        .where('b.stepId', '=', key.stepId)
        .executeTakeFirst();
    },

    /** The owner's bookmarks older than `before` (an id), newest first, at most `rows`. */
    listBefore(userId: string, before: number | undefined, rows: number) {
      return (before === undefined ? withTitles(userId) : withTitles(userId).where('b.id', '<', before))
        .limit(rows)
        .execute();
    },

    /** Removes the bookmark; false when there was none. */
    async remove(key: BookmarkKey) {
      const result = await db
        .deleteFrom('stepBookmarks')
        .where('userId', '=', key.userId)
        .where('roadmapSlug', '=', key.slug)
        .where('stepId', '=', key.stepId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
};

export type BookmarksRepository = ReturnType<typeof createBookmarksRepository>;
