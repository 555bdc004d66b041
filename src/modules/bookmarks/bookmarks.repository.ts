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
      .selectFrom('step_bookmarks as b')
      .innerJoin('roadmap_steps as s', (join) =>
        join.onRef('s.roadmap_slug', '=', 'b.roadmap_slug').onRef('s.id', '=', 'b.step_id'),
      )
      .innerJoin('roadmaps as r', 'r.slug', 'b.roadmap_slug')
      .select([
        'b.id',
        'b.roadmap_slug as slug',
        'r.title as roadmapTitle',
        'b.step_id as stepId',
        's.title as stepTitle',
        'b.created_at as createdAt',
        sql<boolean>`(s.archived_at is not null or r.archived_at is not null)`.as('archived'),
      ])
      .where('b.user_id', '=', userId)
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
          .selectFrom('step_bookmarks')
          .select('id')
          .where('user_id', '=', key.userId)
          .where('roadmap_slug', '=', key.slug)
          .where('step_id', '=', key.stepId)
          .executeTakeFirst();
        if (existing !== undefined) return 'present';
        const { held } = await trx
          .selectFrom('step_bookmarks')
          .select(sql<number>`count(*)::int`.as('held'))
          .where('user_id', '=', key.userId)
          .executeTakeFirstOrThrow();
        if (held >= limit) return 'full';
        await trx
          .insertInto('step_bookmarks')
          .values({ user_id: key.userId, roadmap_slug: key.slug, step_id: key.stepId })
          .execute();
        return 'added';
      });
    },

    find(key: BookmarkKey) {
      return withTitles(key.userId)
        .where('b.roadmap_slug', '=', key.slug)
        .where('b.step_id', '=', key.stepId)
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
        .deleteFrom('step_bookmarks')
        .where('user_id', '=', key.userId)
        .where('roadmap_slug', '=', key.slug)
        .where('step_id', '=', key.stepId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
};

export type BookmarksRepository = ReturnType<typeof createBookmarksRepository>;
