import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { StoredRoadmapDocument } from '../content/content-import.repository.ts';

const stepCount = sql<number>`(select count(*)::int from roadmap_steps s where s.roadmap_slug = r.slug and s.archived_at is null)`;
const hoursSum = sql<number>`(select coalesce(sum(s.estimated_hours), 0)::int from roadmap_steps s where s.roadmap_slug = r.slug and s.archived_at is null)`;
const resourceCount = sql<number>`(
  select count(distinct sr.resource_id)::int
  from step_resources sr
  join roadmap_steps s on s.roadmap_slug = sr.roadmap_slug and s.id = sr.step_id and s.archived_at is null
  join resources res on res.id = sr.resource_id and res.archived_at is null
  where sr.roadmap_slug = r.slug)`;
// A roadmap's document changes when the roadmap row, one of its steps or FAQ entries, or a linked resource does.
const lastChanged = sql<Date>`greatest(
  r.updated_at,
  (select max(s.updated_at) from roadmap_steps s where s.roadmap_slug = r.slug),
  (select max(f.updated_at) from roadmap_faq f where f.roadmap_slug = r.slug),
  (select max(res.updated_at) from step_resources sr join resources res on res.id = sr.resource_id
    where sr.roadmap_slug = r.slug))`;

export interface RoadmapRow {
  slug: string;
  title: string;
  summary: string;
  license: string;
  document: StoredRoadmapDocument;
  stepCount: number;
  estimatedHours: number;
  resourceCount: number;
  updatedAt: Date;
}

export interface StepRow {
  id: string;
  tierId: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  estimatedHours: number;
}

export interface StepResourceRow {
  stepId: string;
  id: string;
  type: string;
  title: string;
  url: string;
  publisher: string | null;
  free: boolean;
  linkState: string | null;
  linkCheckedAt: Date | null;
}

/** A resource as a step lists it, with what the link check last found (resources as res, resource_links as link). */
const RESOURCE_COLUMNS = [
  'res.id',
  'res.type',
  'res.title',
  'res.url',
  'res.publisher',
  'res.free',
  'link.state as linkState',
  'link.checkedAt as linkCheckedAt',
] as const;

const selectRoadmaps = (db: Db) =>
  db
    .selectFrom('roadmaps as r')
    .select([
      'r.slug',
      'r.title',
      'r.summary',
      'r.license',
      'r.document',
      stepCount.as('stepCount'),
      hoursSum.as('estimatedHours'),
      resourceCount.as('resourceCount'),
      lastChanged.as('updatedAt'),
    ])
    .where('r.archivedAt', 'is', null);

export const createRoadmapsRepository = (db: Db) => ({
  /** Published roadmaps in slug order, starting after `afterSlug`. */
  async listRoadmapsAfter(afterSlug: string | undefined, limit: number): Promise<RoadmapRow[]> {
    let query = selectRoadmaps(db)
      .orderBy(sql`r.slug collate "C"`)
      .limit(pageRows(limit));
    if (afterSlug !== undefined) query = query.where(sql<boolean>`r.slug collate "C" > ${afterSlug}`);
    return (await query.execute()) as RoadmapRow[];
  },

  async findRoadmap(slug: string): Promise<RoadmapRow | undefined> {
    return (await selectRoadmaps(db).where('r.slug', '=', slug).executeTakeFirst()) as RoadmapRow | undefined;
  },

  /** The roadmap's published steps in path order. */
  listSteps(slug: string): Promise<StepRow[]> {
    return db
      .selectFrom('roadmapSteps')
      .select(['id', 'tierId', 'title', 'summary', 'body', 'topics', 'estimatedHours'])
      .where('roadmapSlug', '=', slug)
      .where('archivedAt', 'is', null)
      .orderBy('position')
      .execute();
  },

  /** Published resources linked to the roadmap's steps, in each step's order. */
  listStepResources(slug: string): Promise<StepResourceRow[]> {
    return db
      .selectFrom('stepResources as sr')
      .innerJoin('resources as res', 'res.id', 'sr.resourceId')
      .leftJoin('resourceLinks as link', 'link.resourceId', 'res.id')
      .select(['sr.stepId', ...RESOURCE_COLUMNS])
      .where('sr.roadmapSlug', '=', slug)
      .where('res.archivedAt', 'is', null)
      .orderBy('sr.stepId')
      .orderBy('sr.position')
      .execute();
  },

  /** For each step of `slug` that another published roadmap also has (by id): that roadmap, in slug order. */
  listStepsSharedElsewhere(slug: string): Promise<{ stepId: string; slug: string; title: string }[]> {
    return db
      .selectFrom('roadmapSteps as mine')
      .innerJoin('roadmapSteps as other', (join) =>
        join.onRef('other.id', '=', 'mine.id').onRef('other.roadmapSlug', '!=', 'mine.roadmapSlug'),
      )
      .innerJoin('roadmaps as r', 'r.slug', 'other.roadmapSlug')
      .select(['mine.id as stepId', 'r.slug', 'r.title'])
      .where('mine.roadmapSlug', '=', slug)
      .where('mine.archivedAt', 'is', null)
      .where('other.archivedAt', 'is', null)
      .where('r.archivedAt', 'is', null)
      .orderBy(sql`r.slug collate "C"`)
      .execute();
  },

  /** Slugs and titles of the published roadmaps among `slugs`. */
  async listPublishedTitles(slugs: string[]): Promise<{ slug: string; title: string }[]> {
    if (slugs.length === 0) return [];
    return db
      .selectFrom('roadmaps')
      .select(['slug', 'title'])
      .where('slug', 'in', slugs)
      .where('archivedAt', 'is', null)
      .execute();
  },

  /** The number and date of the roadmap's latest version (migration 0013). */
  findLatestVersion(slug: string): Promise<{ number: number; publishedAt: Date } | undefined> {
    return db
      .selectFrom('roadmapVersions')
      .select(['number', 'publishedAt'])
      .where('roadmapSlug', '=', slug)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** Published resources among `ids`, as a step lists them (for a draft's preview and its checks). */
  async listResourceSummaries(ids: string[]): Promise<Omit<StepResourceRow, 'stepId'>[]> {
    if (ids.length === 0) return [];
    return db
      .selectFrom('resources as res')
      .leftJoin('resourceLinks as link', 'link.resourceId', 'res.id')
      .select(RESOURCE_COLUMNS)
      .where('res.id', 'in', ids)
      .where('res.archivedAt', 'is', null)
      .execute();
  },

  /** For each of `stepIds`, the published roadmaps other than `slug` with a step of that id, in slug order. */
  async listStepsPublishedIn(
    stepIds: string[],
    slug: string,
  ): Promise<{ stepId: string; slug: string; title: string }[]> {
    if (stepIds.length === 0) return [];
    return db
      .selectFrom('roadmapSteps as other')
      .innerJoin('roadmaps as r', 'r.slug', 'other.roadmapSlug')
      .select(['other.id as stepId', 'r.slug', 'r.title'])
      .where('other.id', 'in', stepIds)
      .where('other.roadmapSlug', '!=', slug)
      .where('other.archivedAt', 'is', null)
      .where('r.archivedAt', 'is', null)
      .orderBy(sql`r.slug collate "C"`)
      .execute();
  },

  listFaq(slug: string) {
    return db
      .selectFrom('roadmapFaq')
      .select(['id', 'question', 'answer'])
      .where('roadmapSlug', '=', slug)
      .where('archivedAt', 'is', null)
      .orderBy('position')
      .execute();
  },
});

export type RoadmapsRepository = ReturnType<typeof createRoadmapsRepository>;
