// Publishing a draft writes the roadmap tables through the content import's own functions (one roadmap of a bundle),
// its version through the versions module, and carries learners' progress along the step mapping (decision 0032)
// and their checklist answers along the checklist mapping (decision 0036), all inside the caller's transaction. Only
// the reads publishing needs first are new SQL here.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import { lockContent, refreshSearchWords, writeRoadmap } from '../content/content-import.repository.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import {
  carryChecklistAnswers,
  carryProgress,
  checklistItemsAnswered,
  stepsWithProgress,
} from '../progress/progress-carry.repository.ts';
import type { ChecklistMappingEntry } from '../versions/checklist-mapping.ts';
import type { ResolvedStepMapping, StepMappingEntry } from '../versions/step-mapping.ts';
import type { ResolvedMapping } from '../versions/version-mapping.ts';
import { insertVersionIfChanged, latestVersionOf } from '../versions/versions.repository.ts';

export const createPublishRepository = (trx: Transaction<Database>) => ({
  lockContent: () => lockContent(trx),

  /**
   * The published roadmap's latest version (number and whole-document hash), its steps and its checklist items, or
   * undefined when there is none (or it is archived).
   */
  async published(
    slug: string,
  ): Promise<{ version: number; contentHash: string; stepIds: string[]; checklistItemIds: string[] } | undefined> {
    const roadmap = await trx
      .selectFrom('roadmaps')
      .select(
        sql<string[]>`array(select jsonb_array_elements(document -> 'checklist') ->> 'id')`.as('checklistItemIds'),
      )
      .where('slug', '=', slug)
      .where('archivedAt', 'is', null)
      .executeTakeFirst();
    const latest = await latestVersionOf(trx, slug);
    if (roadmap === undefined || latest === undefined) return undefined;
    const steps = await trx
      .selectFrom('roadmapSteps')
      .select('id')
      .where('roadmapSlug', '=', slug)
      .where('archivedAt', 'is', null)
      .orderBy('position')
      .execute();
    return {
      version: latest.number,
      contentHash: latest.contentHash,
      stepIds: steps.map((step) => step.id),
      checklistItemIds: roadmap.checklistItemIds,
    };
  },

  /** Which of these steps some learner has a status, a note or a bookmark on. */
  stepsWithProgress: (slug: string, stepIds: string[]) => stepsWithProgress(trx, slug, stepIds),

  /** Which of these checklist items some learner has answered. */
  checklistItemsAnswered: (slug: string, itemIds: string[]) => checklistItemsAnswered(trx, slug, itemIds),

  async write(
    roadmap: RoadmapContent,
    version: {
      notes: string;
      publishedBy: string;
      stepMapping: StepMappingEntry[];
      checklistMapping: ChecklistMappingEntry[];
    },
  ) {
    await writeRoadmap(trx, roadmap);
    await refreshSearchWords(trx);
    return insertVersionIfChanged(trx, roadmap.slug, {
      document: roadmap,
      notes: version.notes,
      source: 'app',
      publishedBy: version.publishedBy,
      stepMapping: version.stepMapping,
      checklistMapping: version.checklistMapping,
    });
  },

  /** After `write`: the successors' rows exist then, and the removed steps are archived. */
  carryProgress: (slug: string, resolved: ResolvedStepMapping) => carryProgress(trx, slug, resolved),

  /** Learners' checklist answers to the successors of the mapped items (their old answers stay). */
  carryChecklistAnswers: (slug: string, resolved: ResolvedMapping) => carryChecklistAnswers(trx, slug, resolved),
});

export type PublishRepository = ReturnType<typeof createPublishRepository>;
