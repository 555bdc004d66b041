// Which version of a roadmap each learner last saw (migration 0017, decision 0032).
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

export const createSeenVersionsRepository = (db: Db) => ({
  async seenVersion(userId: string, slug: string): Promise<number | null> {
    const row = await db
      .selectFrom('roadmapSeenVersions')
      .select('versionNumber')
      .where('userId', '=', userId)
      .where('roadmapSlug', '=', slug)
      .executeTakeFirst();
    return row?.versionNumber ?? null;
  },

  /** Records that the learner saw `version`; a later version seen before is kept (a dismissal never goes back). */
  async markSeen(userId: string, slug: string, version: number) {
    await db
      .insertInto('roadmapSeenVersions')
      .values({ userId, roadmapSlug: slug, versionNumber: version })
      .onConflict((oc) =>
        oc.columns(['userId', 'roadmapSlug']).doUpdateSet({
          versionNumber: sql<number>`greatest(roadmap_seen_versions.version_number, excluded.version_number)`,
          seenAt: sql<Date>`now()`,
        }),
      )
      .execute();
  },
});

export type SeenVersionsRepository = ReturnType<typeof createSeenVersionsRepository>;
