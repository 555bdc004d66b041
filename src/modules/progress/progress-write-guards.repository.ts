// The parts of a learner's write that keep it sound across versions (decision 0032): the step must still be
// published (and stays so until the write commits), and the learner's first write records the version they saw.
import { sql, type QueryCreator } from 'kysely';
import type { Database } from '../../infra/database.types.ts';

/**
 * The step's row while it is published, locked for share until the write commits: a publish archiving it waits.
 * Decision 0032.
 */
export const liveStep = (q: QueryCreator<Database>, slug: string, stepId: string) =>
  q
    .selectFrom('roadmapSteps')
    .select('id')
    .where('roadmapSlug', '=', slug)
    .where('id', '=', stepId)
    .where('archivedAt', 'is', null)
    .forShare();

/**
 * Records, once, that the learner has seen the roadmap's latest version: a learner's first follow or progress starts
 * "what changed since you were last here" from now, not from the first version (decision 0032).
 */
export const seeLatestVersion = (q: QueryCreator<Database>, userId: string, slug: string, when = sql<boolean>`true`) =>
  q
    .insertInto('roadmapSeenVersions')
    .columns(['userId', 'roadmapSlug', 'versionNumber'])
    .expression(
      sql`select ${userId}::uuid, ${slug}::text, max(number) from roadmap_versions
          where roadmap_slug = ${slug} and ${when} having max(number) is not null`,
    )
    .onConflict((oc) => oc.columns(['userId', 'roadmapSlug']).doNothing());
