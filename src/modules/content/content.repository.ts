// The content as stored: the import's writing half is content-import.repository.ts; this adds reading it all back in
// the shape of the content files (`waymark content export`, the export of one roadmap or draft).
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { createContentImportRepository, type StoredRoadmapDocument } from './content-import.repository.ts';
import type { ContentBundle, ResourceContent, RoadmapContent } from './content.schemas.ts';
import type { HubEntryContent } from './hub-content.schemas.ts';

/** One published roadmap in the shape of its content files, with the hash its import stored. */
const readRoadmap = async (
  db: Db,
  slug: string,
): Promise<{ content: RoadmapContent; contentHash: string } | undefined> => {
  const row = await db
    .selectFrom('roadmaps')
    .select(['slug', 'title', 'summary', 'license', 'document', 'contentHash'])
    .where('slug', '=', slug)
    .where('archivedAt', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const steps = await db
    .selectFrom('roadmapSteps as s')
    .select([
      's.id',
      's.title',
      's.summary',
      's.topics',
      's.estimatedHours',
      's.body',
      (eb) =>
        eb
          .selectFrom('stepResources as sr')
          .select(sql<string[]>`coalesce(array_agg(sr.resource_id order by sr.position), '{}')`.as('ids'))
          .whereRef('sr.roadmapSlug', '=', 's.roadmapSlug')
          .whereRef('sr.stepId', '=', 's.id')
          .as('resources'),
    ])
    .where('s.roadmapSlug', '=', row.slug)
    .where('s.archivedAt', 'is', null)
    .orderBy('s.position')
    .execute();
  const faq = await db
    .selectFrom('roadmapFaq')
    .select(['id', 'question', 'answer'])
    .where('roadmapSlug', '=', row.slug)
    .where('archivedAt', 'is', null)
    .orderBy('position')
    .execute();
  const content: RoadmapContent = {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    license: row.license as RoadmapContent['license'],
    ...(row.document as StoredRoadmapDocument),
    faq,
    steps: steps.map((step) => ({
      id: step.id,
      title: step.title,
      summary: step.summary,
      topics: step.topics,
      estimatedHours: step.estimatedHours,
      resources: step.resources ?? [],
      body: step.body,
    })),
  };
  return { content, contentHash: row.contentHash };
};

/** Resources as their content file holds them, by id; only those not archived, and `ids` only when given. */
const readResources = async (db: Db, ids?: string[]): Promise<ResourceContent[]> => {
  if (ids?.length === 0) return [];
  let query = db
    .selectFrom('resources')
    .select(['id', 'type', 'title', 'url', 'publisher', 'description', 'free', 'topics'])
    .where('archivedAt', 'is', null);
  if (ids !== undefined) query = query.where('id', 'in', ids);
  const rows = await query.orderBy(sql`id collate "C"`).execute();
  return rows.map(({ publisher, ...resource }) => ({ ...resource, ...(publisher === null ? {} : { publisher }) }));
};

export const createContentRepository = (db: Db) => ({
  ...createContentImportRepository(db),

  /** The resources with these ids that are not archived, in id order. */
  readResources: (ids: string[]) => readResources(db, ids),

  /** A published roadmap as its content files would hold it, and its content hash; undefined when there is none. */
  readRoadmap: (slug: string) => readRoadmap(db, slug),

  /** The notes of each roadmap's latest version, by slug: what an export writes as `changes:` (decision 0044). */
  async latestNotes(slugs: string[]): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows = await db
      .selectFrom('roadmapVersions')
      .select(['roadmapSlug', 'notes'])
      .distinctOn('roadmapSlug')
      .where('roadmapSlug', 'in', slugs)
      .orderBy('roadmapSlug')
      .orderBy('number', 'desc')
      .execute();
    return new Map(rows.map((row) => [row.roadmapSlug, row.notes]));
  },

  /** Everything an import wrote and has not archived, in the shape of the content files. */
  async readBundle(): Promise<Omit<ContentBundle, 'hash' | 'stepMappings' | 'checklistMappings'>> {
    const resources = await readResources(db);
    const roadmapRows = await db
      .selectFrom('roadmaps')
      .select('slug')
      .where('archivedAt', 'is', null)
      .orderBy(sql`slug collate "C"`)
      .execute();
    const roadmaps: RoadmapContent[] = [];
    for (const row of roadmapRows) {
      const stored = await readRoadmap(db, row.slug);
      if (stored !== undefined) roadmaps.push(stored.content);
    }
    const hubRows = await db
      .selectFrom('hubEntries as h')
      .select([
        'h.id',
        'h.kind',
        'h.title',
        'h.summary',
        'h.level',
        'h.topics',
        'h.updated',
        'h.body',
        'h.document',
        (eb) =>
          eb
            .selectFrom('hubEntrySteps as hs')
            .select(sql<string[]>`coalesce(array_agg(hs.roadmap_slug || '/' || hs.step_id order by hs.position), '{}')`.as('refs'))
            .whereRef('hs.entryId', '=', 'h.id')
            .as('steps'),
      ])
      .where('h.archivedAt', 'is', null)
      .orderBy(sql`h.id collate "C"`)
      .execute();
    const hub = hubRows.map(({ document, steps, ...entry }) => ({
      ...entry,
      steps: steps ?? [],
      ...(document as object),
    })) as HubEntryContent[];
    return {
      hub,
      resources,
      roadmaps,
    };
  },
});

export type ContentRepository = ReturnType<typeof createContentRepository>;
