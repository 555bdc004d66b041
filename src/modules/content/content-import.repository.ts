// Writing a content bundle (the roadmaps-as-code files, docs/decisions/0003) into the database: one transaction per
// import, upserts that tell created from updated rows, and what the bundle no longer has archived, never deleted. Each
// changed roadmap's version is made the way publishing makes one (import-version.repository.ts, decision 0033).
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { Database } from '../../infra/database.types.ts';
import type { ContentBundle, RoadmapContent, StepContent } from './content.schemas.ts';
import { upsertHubEntries } from './hub-import.repository.ts';
import { ContentValidationError, type ContentIssue } from './content-files.ts';
import {
  importVersion,
  StaleDraftsError,
  type CarriedAlong,
  type ChecklistCarriedAlong,
} from './import-version.repository.ts';
import { upsertResources } from './resource-import.repository.ts';
import { emptyCount, hashOf, tally, wasCreated, type ChangeCount } from './upsert-count.ts';

export interface ImportSummary {
  contentHash: string;
  roadmaps: ChangeCount;
  steps: ChangeCount;
  faq: ChangeCount;
  resources: ChangeCount;
  hub: ChangeCount;
  /** The versions this import published: one for each new or changed roadmap (decision 0028). */
  versions: { slug: string; number: number }[];
  /** For each version with a step mapping (`replaces:`, `retired:`): what it mapped and the progress it carried. */
  stepMappings: CarriedAlong[];
  /** For each version with a checklist mapping: what it mapped and how many answers it carried (decision 0044). */
  checklistMappings: ChecklistCarriedAlong[];
}

export interface ImportOptions {
  /** Import even when a new version makes open drafts stale (decision 0033). */
  force?: boolean;
}

/** What roadmaps.document holds: everything about a roadmap that is not its steps, FAQ or resources. */
export type StoredRoadmapDocument = Omit<RoadmapContent, 'slug' | 'title' | 'summary' | 'license' | 'steps' | 'faq'>;

// Any number well away from other advisory locks: importers on several instances take turns.
const IMPORT_LOCK = 7_301_001;

// A step's hash was first taken over its row with the database's snake_case keys; hashing the same keys keeps the
// stored hashes valid, so an upgrade does not count every step as changed on its next import.
const withColumnNames = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]));

type Trx = Transaction<Database>;

const documentOf = (roadmap: RoadmapContent): StoredRoadmapDocument => {
  const { slug: _slug, title: _title, summary: _summary, license: _license, steps: _steps, faq: _faq, ...document } =
    roadmap;
  return document;
};

const upsertRoadmap = async (trx: Trx, roadmap: RoadmapContent) => {
  const document = documentOf(roadmap);
  const contentHash = hashOf([roadmap.title, roadmap.summary, roadmap.license, document]);
  return trx
    .insertInto('roadmaps')
    .values({
      slug: roadmap.slug,
      title: roadmap.title,
      summary: roadmap.summary,
      license: roadmap.license,
      document: JSON.stringify(document),
      contentHash,
    })
    .onConflict((oc) =>
      oc
        .column('slug')
        .doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          summary: eb.ref('excluded.summary'),
          license: eb.ref('excluded.license'),
          document: eb.ref('excluded.document'),
          contentHash: eb.ref('excluded.contentHash'),
          updatedAt: sql<Date>`now()`,
          archivedAt: null,
        }))
        .where((eb) =>
          eb.or([
            eb('roadmaps.contentHash', '!=', eb.ref('excluded.contentHash')),
            eb('roadmaps.archivedAt', 'is not', null),
          ]),
        ),
    )
    .returning(wasCreated)
    .execute();
};

const tierOf = (roadmap: RoadmapContent, step: StepContent) =>
  roadmap.tiers.find((tier) => tier.steps.includes(step.id))!.id;

const upsertSteps = async (trx: Trx, roadmap: RoadmapContent): Promise<ChangeCount> => {
  const rows = await trx
    .insertInto('roadmapSteps')
    .values(
      roadmap.steps.map((step, position) => {
        const row = {
          roadmapSlug: roadmap.slug,
          id: step.id,
          tierId: tierOf(roadmap, step),
          position,
          title: step.title,
          summary: step.summary,
          body: step.body,
          topics: step.topics,
          estimatedHours: step.estimatedHours,
        };
        return { ...row, contentHash: hashOf([withColumnNames(row), step.resources]) };
      }),
    )
    .onConflict((oc) =>
      oc
        .columns(['roadmapSlug', 'id'])
        .doUpdateSet((eb) => ({
          tierId: eb.ref('excluded.tierId'),
          position: eb.ref('excluded.position'),
          title: eb.ref('excluded.title'),
          summary: eb.ref('excluded.summary'),
          body: eb.ref('excluded.body'),
          topics: eb.ref('excluded.topics'),
          estimatedHours: eb.ref('excluded.estimatedHours'),
          contentHash: eb.ref('excluded.contentHash'),
          updatedAt: sql<Date>`now()`,
          archivedAt: null,
        }))
        .where((eb) =>
          eb.or([
            eb('roadmapSteps.contentHash', '!=', eb.ref('excluded.contentHash')),
            eb('roadmapSteps.archivedAt', 'is not', null),
          ]),
        ),
    )
    .returning(wasCreated)
    .execute();
  const archived = await trx
    .updateTable('roadmapSteps')
    .set({ archivedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
    .where('roadmapSlug', '=', roadmap.slug)
    .where('archivedAt', 'is', null)
    .where(
      'id',
      'not in',
      roadmap.steps.map((step) => step.id),
    )
    .executeTakeFirst();

  await trx.deleteFrom('stepResources').where('roadmapSlug', '=', roadmap.slug).execute();
  const links = roadmap.steps.flatMap((step) =>
    step.resources.map((resourceId, position) => ({
      roadmapSlug: roadmap.slug,
      stepId: step.id,
      resourceId,
      position,
    })),
  );
  if (links.length > 0) await trx.insertInto('stepResources').values(links).execute();
  return tally(rows, Number(archived.numUpdatedRows));
};

const upsertFaq = async (trx: Trx, roadmap: RoadmapContent): Promise<ChangeCount> => {
  const existing = await trx
    .selectFrom('roadmapFaq')
    .select(['id', 'position', 'question', 'answer', 'archivedAt'])
    .where('roadmapSlug', '=', roadmap.slug)
    .execute();
  const byId = new Map(existing.map((row) => [row.id, row]));
  const changed = roadmap.faq
    .map((entry, position) => ({ roadmapSlug: roadmap.slug, position, ...entry }))
    .filter((row) => {
      const before = byId.get(row.id);
      return (
        before === undefined ||
        before.archivedAt !== null ||
        before.position !== row.position ||
        before.question !== row.question ||
        before.answer !== row.answer
      );
    });
  let rows: { created: boolean }[] = [];
  if (changed.length > 0) {
    rows = await trx
      .insertInto('roadmapFaq')
      .values(changed)
      .onConflict((oc) =>
        oc.columns(['roadmapSlug', 'id']).doUpdateSet((eb) => ({
          position: eb.ref('excluded.position'),
          question: eb.ref('excluded.question'),
          answer: eb.ref('excluded.answer'),
          updatedAt: sql<Date>`now()`,
          archivedAt: null,
        })),
      )
      .returning(wasCreated)
      .execute();
  }
  const keep = roadmap.faq.map((entry) => entry.id);
  let query = trx
    .updateTable('roadmapFaq')
    .set({ archivedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
    .where('roadmapSlug', '=', roadmap.slug)
    .where('archivedAt', 'is', null);
  if (keep.length > 0) query = query.where('id', 'not in', keep);
  const archived = await query.executeTakeFirst();
  return tally(rows, Number(archived.numUpdatedRows));
};

const add = (total: ChangeCount, part: ChangeCount) => {
  total.created += part.created;
  total.updated += part.updated;
  total.archived += part.archived;
};

/**
 * Writes one roadmap (its row, steps with their resource links, FAQ) and archives the steps and FAQ entries it no
 * longer has. The content import calls it for each roadmap of a bundle, and publishing a draft for its one roadmap,
 * so both write the same rows the same way. The resources it links must exist already.
 */
export const writeRoadmap = async (trx: Trx, roadmap: RoadmapContent) => ({
  roadmaps: tally(await upsertRoadmap(trx, roadmap), 0),
  steps: await upsertSteps(trx, roadmap),
  faq: await upsertFaq(trx, roadmap),
});

/** Content writers (imports, publishes) take turns, also across instances; held until the transaction ends. */
export const lockContent = async (trx: Trx) => {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
};

/** The words search corrects typos against (migration 0012), from what is published now. */
export const refreshSearchWords = async (trx: Trx) => {
  await sql`select refresh_search_words()`.execute(trx);
};

export const createContentImportRepository = (db: Db) => ({
  /**
   * Writes a whole bundle in one transaction: either all of it lands, or none. Refused, with nothing written, when a
   * new version would drop steps learners follow without a word on them (ContentValidationError), or, unless forced,
   * when it would make open drafts stale (StaleDraftsError).
   */
  async importBundle(bundle: ContentBundle, options: ImportOptions = {}): Promise<ImportSummary> {
    return db.transaction().execute(async (trx) => {
      await lockContent(trx);
      const summary: ImportSummary = {
        contentHash: bundle.hash,
        roadmaps: emptyCount(),
        steps: emptyCount(),
        faq: emptyCount(),
        resources: await upsertResources(trx, bundle.resources),
        hub: emptyCount(),
        versions: [],
        stepMappings: [],
        checklistMappings: [],
      };
      const issues: ContentIssue[] = [];
      const staleDrafts: StaleDraftsError['drafts'] = [];
      for (const roadmap of bundle.roadmaps) {
        const written = await writeRoadmap(trx, roadmap);
        add(summary.roadmaps, written.roadmaps);
        add(summary.steps, written.steps);
        add(summary.faq, written.faq);
        const version = await importVersion(
          trx,
          roadmap,
          bundle.stepMappings.get(roadmap.slug),
          bundle.checklistMappings.get(roadmap.slug),
        );
        issues.push(...version.issues);
        staleDrafts.push(...version.staleDrafts.map((draft) => ({ ...draft, roadmap: roadmap.slug })));
        if (version.number !== undefined) summary.versions.push({ slug: roadmap.slug, number: version.number });
        if (version.carriedAlong !== undefined) summary.stepMappings.push(version.carriedAlong);
        if (version.checklistCarriedAlong !== undefined) summary.checklistMappings.push(version.checklistCarriedAlong);
      }
      // Thrown inside the transaction, so everything written above is rolled back.
      if (issues.length > 0) throw new ContentValidationError(issues);
      if (staleDrafts.length > 0 && options.force !== true) throw new StaleDraftsError(staleDrafts);
      let archiveRoadmaps = trx
        .updateTable('roadmaps')
        .set({ archivedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
        .where('archivedAt', 'is', null)
        // Only a roadmap that came from the files goes when the files drop it; one made in the app (all its versions
        // 'app') was never theirs (decision 0033). Forks are made in the app too (decision 0034).
        .where('slug', 'in', (eb) => eb.selectFrom('roadmapVersions').select('roadmapSlug').where('source', '=', 'import'))
        .where('slug', 'not in', (eb) => eb.selectFrom('roadmapForks').select('slug'));
      if (bundle.roadmaps.length > 0) {
        archiveRoadmaps = archiveRoadmaps.where(
          'slug',
          'not in',
          bundle.roadmaps.map((roadmap) => roadmap.slug),
        );
      }
      summary.roadmaps.archived = Number((await archiveRoadmaps.executeTakeFirst()).numUpdatedRows);
      // After the steps: an entry's links point at them.
      summary.hub = await upsertHubEntries(trx, bundle.hub);
      await refreshSearchWords(trx);
      await trx
        .insertInto('contentImports')
        .values({ contentHash: bundle.hash, summary: JSON.stringify(summary) })
        .execute();
      return summary;
    });
  },

  async latestImportHash(): Promise<string | undefined> {
    const row = await db
      .selectFrom('contentImports')
      .select('contentHash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.contentHash;
  },
});
