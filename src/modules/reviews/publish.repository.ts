// Publishing a draft writes the roadmap tables through the content import's own functions (one roadmap of a bundle)
// and its version through the versions module, inside the caller's transaction. Only the reads publishing needs
// first are new SQL here.
import type { Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import { lockContent, refreshSearchWords, writeRoadmap } from '../content/content-import.repository.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import { insertVersionIfChanged } from '../versions/versions.repository.ts';

export const createPublishRepository = (trx: Transaction<Database>) => ({
  lockContent: () => lockContent(trx),

  /** The published roadmap's content hash and steps in use, or undefined when there is none (or it is archived). */
  async published(slug: string): Promise<{ contentHash: string; stepIds: string[] } | undefined> {
    const roadmap = await trx
      .selectFrom('roadmaps')
      .select('contentHash')
      .where('slug', '=', slug)
      .where('archivedAt', 'is', null)
      .executeTakeFirst();
    if (roadmap === undefined) return undefined;
    const steps = await trx
      .selectFrom('roadmapSteps')
      .select('id')
      .where('roadmapSlug', '=', slug)
      .where('archivedAt', 'is', null)
      .execute();
    return { contentHash: roadmap.contentHash, stepIds: steps.map((step) => step.id) };
  },

  /** Which of these steps some learner has a status on (a row of step_progress, whatever the status). */
  async stepsWithProgress(slug: string, stepIds: string[]): Promise<string[]> {
    if (stepIds.length === 0) return [];
    const rows = await trx
      .selectFrom('stepProgress')
      .select('stepId')
      .distinct()
      .where('roadmapSlug', '=', slug)
      .where('stepId', 'in', stepIds)
      .orderBy('stepId')
      .execute();
    return rows.map((row) => row.stepId);
  },

  async write(roadmap: RoadmapContent, version: { notes: string; publishedBy: string }) {
    await writeRoadmap(trx, roadmap);
    await refreshSearchWords(trx);
    return insertVersionIfChanged(trx, roadmap.slug, {
      document: roadmap,
      notes: version.notes,
      source: 'app',
      publishedBy: version.publishedBy,
    });
  },
});

export type PublishRepository = ReturnType<typeof createPublishRepository>;
