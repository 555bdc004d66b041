// Roadmap drafts (migration 0014): the only SQL on roadmap_drafts. A change is written only where the draft still has
// the revision the editor read, so of two changes made from the same revision exactly one lands.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { DraftKind, DraftStatus } from '../../lib/enums.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import { latestVersionOf } from '../versions/versions.repository.ts';

export type StartedFrom = { published: string } | { copy: string } | { empty: true };

export interface DraftRow {
  id: string;
  roadmapSlug: string;
  kind: DraftKind;
  document: RoadmapContent;
  revision: number;
  basedOnVersion: number | null;
  basedOnHash: string | null;
  startedFrom: StartedFrom;
  status: DraftStatus;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type DraftListRow = Omit<DraftRow, 'document'> & { title: string; position: string };

export interface NewDraft {
  id: string;
  roadmapSlug: string;
  kind: DraftKind;
  document: RoadmapContent;
  basedOnVersion: number | null;
  basedOnHash: string | null;
  startedFrom: StartedFrom;
  authorId: string;
}

const listColumns = [
  'd.id',
  'd.roadmapSlug',
  'd.kind',
  'd.revision',
  'd.basedOnVersion',
  'd.basedOnHash',
  'd.startedFrom',
  'd.status',
  'd.authorId',
  'u.displayName as authorName',
  'd.createdAt',
  'd.updatedAt',
] as const;

/** A draft someone is still working on: not yet published, not discarded. */
export const OPEN_DRAFT_STATUSES = ['draft', 'in_review', 'approved'] as const satisfies readonly DraftStatus[];

export interface OpenDraft {
  id: string;
  title: string;
  status: DraftStatus;
  authorName: string | null;
}

/**
 * The open drafts of a roadmap started from this version of it (undefined: a new roadmap's drafts, started when it
 * had none). A new version would make each of them stale (decision 0032).
 */
export const openDraftsBasedOn = (
  db: Db,
  slug: string,
  base: { number: number; contentHash: string } | undefined,
): Promise<OpenDraft[]> =>
  db
    .selectFrom('roadmapDrafts as d')
    .leftJoin('users as u', 'u.id', 'd.authorId')
    .select(['d.id', sql<string>`d.document ->> 'title'`.as('title'), 'd.status', 'u.displayName as authorName'])
    .where('d.roadmapSlug', '=', slug)
    .where('d.status', 'in', OPEN_DRAFT_STATUSES)
    .where(sql<boolean>`d.based_on_version is not distinct from cast(${base?.number ?? null} as integer)`)
    .where(sql<boolean>`d.based_on_hash is not distinct from cast(${base?.contentHash ?? null} as text)`)
    .orderBy('d.createdAt')
    .execute();

export const createDraftsRepository = (db: Db) => {
  const drafts = () => db.selectFrom('roadmapDrafts as d').leftJoin('users as u', 'u.id', 'd.authorId');

  const find = async (id: string): Promise<DraftRow | undefined> =>
    (await drafts()
      .select([...listColumns, 'd.document'])
      .where('d.id', '=', id)
      .executeTakeFirst()) as DraftRow | undefined;

  /** The one way a draft's document changes: only while open and still at the revision the change was made against. */
  const updateAtRevision = async (
    id: string,
    revision: number,
    set: { document?: string; status?: DraftStatus },
  ): Promise<DraftRow | undefined> => {
    const updated = await db
      .updateTable('roadmapDrafts')
      .set({ status: 'draft', ...set, revision: revision + 1, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('revision', '=', revision)
      // An approved draft is still open to changes; a change sends it back to 'draft' (an approval covers one revision).
      .where('status', 'in', ['draft', 'approved'])
      .returning('id')
      .executeTakeFirst();
    return updated === undefined ? undefined : find(id);
  };

  return {
    find,

    /** The version a new draft of the roadmap is based on. */
    latestVersion: (slug: string) => latestVersionOf(db, slug),

    async insert(draft: NewDraft): Promise<DraftRow> {
      await db
        .insertInto('roadmapDrafts')
        .values({
          id: draft.id,
          roadmapSlug: draft.roadmapSlug,
          kind: draft.kind,
          document: JSON.stringify(draft.document),
          basedOnVersion: draft.basedOnVersion,
          basedOnHash: draft.basedOnHash,
          startedFrom: JSON.stringify(draft.startedFrom),
          authorId: draft.authorId,
        })
        .execute();
      return (await find(draft.id))!;
    },

    /**
     * Replaces the document of a draft still open ('draft') at `revision`, and counts one revision on; undefined when
     * the draft is at another revision or no longer open (nothing is written then).
     */
    replaceDocument: (id: string, revision: number, document: RoadmapContent) =>
      updateAtRevision(id, revision, { document: JSON.stringify(document) }),

    /**
     * Moves a draft at `revision` from one of `from` to `to`, keeping its revision: the revision counts changes of
     * the document, which a review does not make. Undefined when the draft has moved on (nothing is written then).
     */
    async moveStatus(id: string, revision: number, from: readonly DraftStatus[], to: DraftStatus) {
      const moved = await db
        .updateTable('roadmapDrafts')
        .set({ status: to, updatedAt: sql<Date>`now()` })
        .where('id', '=', id)
        .where('revision', '=', revision)
        .where('status', 'in', from)
        .returning('id')
        .executeTakeFirst();
      return moved === undefined ? undefined : find(id);
    },

    /** Sets the status of a draft still open at `revision` (a new revision too); undefined as for replaceDocument. */
    setStatus: (id: string, revision: number, status: DraftStatus) => updateAtRevision(id, revision, { status }),

    /** Newest first, after the given position; discarded drafts only when asked for by status. */
    list(
      filter: { roadmap?: string | undefined; status?: DraftStatus | undefined },
      after: { createdAt: string; id: string } | undefined,
      limit: number,
    ): Promise<DraftListRow[]> {
      let query = drafts().select([
        ...listColumns,
        sql<string>`d.document ->> 'title'`.as('title'),
        // Full microsecond precision for the cursor: a Date would round it to milliseconds and skip rows.
        sql<string>`d.created_at::text`.as('position'),
      ]);
      if (filter.roadmap !== undefined) query = query.where('d.roadmapSlug', '=', filter.roadmap);
      query =
        filter.status === undefined
          ? query.where('d.status', '!=', 'discarded')
          : query.where('d.status', '=', filter.status);
      if (after !== undefined) {
        query = query.where((eb) =>
          eb(eb.refTuple('d.createdAt', 'd.id'), '<', eb.tuple(sql<Date>`${after.createdAt}::timestamptz`, after.id)),
        );
      }
      return query.orderBy('d.createdAt', 'desc').orderBy('d.id', 'desc').limit(pageRows(limit)).execute() as Promise<
        DraftListRow[]
      >;
    },
  };
};

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;
