// Changing forks and their proposals, always inside the caller's transaction (docs/decisions/0034-forks.md).
// Publishing a fork's version writes the roadmap tables through the content import's own functions and numbers it
// through the versions module, as publishing a draft does.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import { writeRoadmap, refreshSearchWords } from '../content/content-import.repository.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import type { ChecklistMappingEntry } from '../versions/checklist-mapping.ts';
import type { StepMappingEntry } from '../versions/step-mapping.ts';
import { insertVersionIfChanged } from '../versions/versions.repository.ts';
import type { ForkOverlay } from './fork-overlay.ts';

export const createForkWritesRepository = (trx: Transaction<Database>) => ({
  /** Whether any roadmap, archived ones too, has the slug (an archived roadmap's slug comes back on re-import). */
  async slugTaken(slug: string): Promise<boolean> {
    return (await trx.selectFrom('roadmaps').select('slug').where('slug', '=', slug).executeTakeFirst()) !== undefined;
  },

  async insertFork(fork: {
    slug: string;
    upstreamSlug: string;
    upstreamVersion: number;
    overlay: ForkOverlay;
    createdBy: string;
  }) {
    await trx
      .insertInto('roadmapForks')
      .values({ ...fork, overlay: JSON.stringify(fork.overlay) })
      .execute();
  },

  /** Moves the fork to its next revision if it is still at `revision`; undefined when someone else moved it first. */
  async updateFork(slug: string, revision: number, change: { overlay: ForkOverlay; upstreamVersion: number }) {
    return trx
      .updateTable('roadmapForks')
      .set({
        overlay: JSON.stringify(change.overlay),
        upstreamVersion: change.upstreamVersion,
        revision: revision + 1,
        updatedAt: sql<Date>`now()`,
      })
      .where('slug', '=', slug)
      .where('revision', '=', revision)
      .returning('revision')
      .executeTakeFirst();
  },

  /** Writes the fork's document as learners see it and numbers its version (source 'fork'), with the mappings it carried. */
  async publish(
    document: RoadmapContent,
    version: {
      notes: string;
      publishedBy: string;
      stepMapping?: StepMappingEntry[];
      checklistMapping?: ChecklistMappingEntry[];
    },
  ) {
    await writeRoadmap(trx, document);
    await refreshSearchWords(trx);
    return insertVersionIfChanged(trx, document.slug, {
      document,
      notes: version.notes,
      source: 'fork',
      publishedBy: version.publishedBy,
      stepMapping: version.stepMapping,
      checklistMapping: version.checklistMapping,
    });
  },

  /** Decides an open proposal; undefined when it is not open any more. */
  async decideProposal(id: string, status: 'accepted' | 'declined', decidedBy: string) {
    return trx
      .updateTable('forkProposals')
      .set({ status, decidedBy, decidedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returning('id')
      .executeTakeFirst();
  },
});

export type ForkWritesRepository = ReturnType<typeof createForkWritesRepository>;
