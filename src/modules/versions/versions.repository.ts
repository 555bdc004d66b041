// Roadmap versions (migration 0013, docs/decisions/0028): written only by inserts, read by number. There is no update
// path; the database refuses one as well.
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { Database } from '../../infra/database.types.ts';
import type { VersionSource } from '../../lib/enums.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import type { ChecklistMappingEntry } from './checklist-mapping.ts';
import type { StepMappingEntry } from './step-mapping.ts';
import { proposeToForks } from '../forks/fork-proposals.repository.ts';

/** The notes of an imported version when its roadmap.yaml has no `changes:`. */
export const DEFAULT_IMPORT_NOTES = 'Imported from the content files';

export interface NewVersion {
  /** The whole roadmap as content; `changes` (the notes of the version) is not part of it. */
  document: RoadmapContent;
  notes: string;
  source: VersionSource;
  /** Null for imports: the files have no account behind them. */
  publishedBy: string | null;
  /** What became of the steps the version removed, split or merged (decision 0032); none when left out. */
  stepMapping?: StepMappingEntry[];
  /** What became of the checklist items it removed, split or merged (decision 0036); none when left out. */
  checklistMapping?: ChecklistMappingEntry[];
}

export interface VersionRow {
  number: number;
  publishedAt: Date;
  notes: string;
  source: VersionSource;
}

/** What a version holds: the roadmap without the notes it was published with (those belong to the version). */
export const versionDocumentOf = ({ changes: _changes, ...document }: RoadmapContent): RoadmapContent => document;

/**
 * Inserts the roadmap's next version unless its content equals the latest version's. The hash is PostgreSQL's over
 * the jsonb (key order does not matter), the same the migration's backfill took. Run it inside the transaction that
 * writes the content, so learners see the version and the content change together. A new version is proposed to
 * the roadmap's forks in the same transaction (docs/decisions/0034). Returns the new number, if any.
 */
export const insertVersionIfChanged = async (
  trx: Transaction<Database>,
  slug: string,
  version: NewVersion,
): Promise<number | undefined> => {
  const { rows } = await sql<{ number: number }>`
    with incoming as (
      select document, encode(sha256(convert_to(document::text, 'UTF8')), 'hex') as content_hash
      from (select cast(${JSON.stringify(versionDocumentOf(version.document))} as jsonb) as document) d
    ), latest as (
      select number, content_hash from roadmap_versions where roadmap_slug = ${slug} order by number desc limit 1
    )
    insert into roadmap_versions (roadmap_slug, number, document, content_hash, notes, source, published_by,
                                  step_mapping, checklist_mapping)
    select ${slug}, coalesce((select number from latest), 0) + 1, incoming.document, incoming.content_hash,
           ${version.notes}, ${version.source}, ${version.publishedBy},
           cast(${JSON.stringify(version.stepMapping ?? [])} as jsonb),
           cast(${JSON.stringify(version.checklistMapping ?? [])} as jsonb)
    from incoming
    where incoming.content_hash is distinct from (select content_hash from latest)
    returning number`.execute(trx);
  const number = rows[0]?.number;
  if (number !== undefined) await proposeToForks(trx, slug, number);
  return number;
};

/**
 * The roadmap's latest version: its number and the hash of its whole document (steps and FAQ included), which is
 * what a draft is based on (decision 0032). Undefined for a roadmap with no version.
 */
export const latestVersionOf = async (
  db: Db,
  slug: string,
): Promise<{ number: number; contentHash: string } | undefined> =>
  db
    .selectFrom('roadmapVersions')
    .select(['number', 'contentHash'])
    .where('roadmapSlug', '=', slug)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();

/**
 * The latest version as `latestVersionOf` gives it, with the ids of its steps and of its checklist items: what a new
 * version replaces.
 */
export const latestVersionWithSteps = async (
  db: Db,
  slug: string,
): Promise<{ number: number; contentHash: string; stepIds: string[]; checklistItemIds: string[] } | undefined> =>
  db
    .selectFrom('roadmapVersions')
    .select([
      'number',
      'contentHash',
      sql<string[]>`array(select step ->> 'id' from jsonb_array_elements(document -> 'steps') as step)`.as('stepIds'),
      sql<string[]>`array(select item ->> 'id' from jsonb_array_elements(document -> 'checklist') as item)`.as(
        'checklistItemIds',
      ),
    ])
    .where('roadmapSlug', '=', slug)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();

type StoredVersion = VersionRow & { document: RoadmapContent };

/** The versions of a published roadmap (an archived one shows none). */
const selectVersions = (db: Db, slug: string) =>
  db
    .selectFrom('roadmapVersions as v')
    .innerJoin('roadmaps as r', 'r.slug', 'v.roadmapSlug')
    .select(['v.number', 'v.publishedAt', 'v.notes', 'v.source', 'v.document'])
    .where('v.roadmapSlug', '=', slug)
    .where('r.archivedAt', 'is', null);

export const createVersionsRepository = (db: Db) => ({
  /** Every version of a published roadmap, newest first. */
  async listVersions(slug: string): Promise<StoredVersion[]> {
    return (await selectVersions(db, slug).orderBy('v.number', 'desc').execute()) as StoredVersion[];
  },

  /** The version learners read now; undefined when there is no such published roadmap. */
  async findLatestVersion(slug: string): Promise<StoredVersion | undefined> {
    return (await selectVersions(db, slug).orderBy('v.number', 'desc').limit(1).executeTakeFirst()) as
      StoredVersion | undefined;
  },

  async findVersion(slug: string, number: number): Promise<StoredVersion | undefined> {
    return (await selectVersions(db, slug).where('v.number', '=', number).executeTakeFirst()) as
      StoredVersion | undefined;
  },

  /** The newest version of a published roadmap; undefined for a roadmap not published yet (or archived). */
  async latestVersion(slug: string): Promise<StoredVersion | undefined> {
    return (await selectVersions(db, slug).orderBy('v.number', 'desc').limit(1).executeTakeFirst()) as
      StoredVersion | undefined;
  },

  async roadmapExists(slug: string): Promise<boolean> {
    const row = await db
      .selectFrom('roadmaps')
      .select('slug')
      .where('slug', '=', slug)
      .where('archivedAt', 'is', null)
      .executeTakeFirst();
    return row !== undefined;
  },
});

export type VersionsRepository = ReturnType<typeof createVersionsRepository>;
