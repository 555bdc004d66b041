// Roadmap drafts: an editor starts one (from the published roadmap, a copy of another, or a skeleton), changes it
// with If-Match, previews it as learners would get it, or discards it. Every change is checked by the importer's
// rules and recorded in the audit log in the same transaction. Review and publishing build on these functions.
import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { CursorTimestamp, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { DraftStatus } from '../../lib/enums.ts';
import {
  ConflictError,
  MAX_FIELD_ERRORS,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  ValidationError,
} from '../../lib/errors.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { oneRoadmapFiles, type ContentFile } from '../content/content-export.ts';
import type { ContentRepository } from '../content/content.repository.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import { checkRoadmapDocument, resourceIdsIn } from '../content/roadmap-checks.ts';
import type { RoadmapsRepository } from '../roadmaps/roadmaps.repository.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import { applyChange, sectionsOf, type DraftChange } from './draft-changes.ts';
import { previewOf, type PreviewLookups } from './draft-preview.ts';
import type { DraftListRow, DraftRow, DraftsRepository, NewDraft } from './drafts.repository.ts';
import type { Draft, DraftSummary, StartNewRoadmapDraft } from './drafts.schemas.ts';
import { emptyRoadmap } from './empty-roadmap.ts';

export interface DraftsServiceDeps {
  draftsRepository: Pick<DraftsRepository, 'find' | 'list' | 'latestVersion'>;
  contentRepository: Pick<ContentRepository, 'readRoadmap' | 'readResources'>;
  roadmapsRepository: PreviewLookups & Pick<RoadmapsRepository, 'findRoadmap'>;
  transact: UnitOfWork<{
    draftsRepository: Pick<DraftsRepository, 'insert' | 'replaceDocument' | 'setStatus'>;
    auditRepository: Pick<AuditRepository, 'record'>;
  }>;
  clock?: () => Date;
}

const DraftCursor = Type.Object(
  { createdAt: CursorTimestamp, id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/**
 * A strong ETag naming the draft and its revision. Strong, because If-Match compares strongly (RFC 9110 §13.1.1): a
 * weak one could never match. It names the revision of the document, which is what a change is made against.
 */
export const draftEtag = (draft: Pick<DraftRow, 'id' | 'revision'>) => `"draft-${draft.id}-${draft.revision}"`;

/** Whether an If-Match header names the draft's current revision ('*' names any). */
export const ifMatchHolds = (ifMatch: string, draft: DraftRow) =>
  ifMatch.trim() === '*' || ifMatch.split(',').some((candidate) => candidate.trim() === draftEtag(draft));

const factsOf = (row: Omit<DraftRow, 'document'>, title: string): DraftSummary => ({
  id: row.id,
  roadmap: { slug: row.roadmapSlug, title },
  kind: row.kind,
  status: row.status,
  revision: row.revision,
  etag: draftEtag(row),
  basedOnVersion: row.basedOnVersion,
  basedOnHash: row.basedOnHash,
  startedFrom: row.startedFrom,
  author: row.authorId === null || row.authorName === null ? null : { id: row.authorId, name: row.authorName },
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  href: `/v1/drafts/${row.id}`,
});

export const toDraft = (row: DraftRow): Draft => ({ ...factsOf(row, row.document.title), document: row.document });
const toSummary = (row: DraftListRow): DraftSummary => factsOf(row, row.title);

export const auditOf = (actor: SignedInActor, action: string, details: Record<string, unknown>) => ({
  action,
  actorId: actor.userId,
  ip: actor.ip,
  userAgent: actor.userAgent,
  details,
});

export const createDraftsService = ({
  draftsRepository,
  contentRepository,
  roadmapsRepository,
  transact,
  clock = () => new Date(),
}: DraftsServiceDeps) => {
  const find = async (id: string): Promise<DraftRow> => {
    const draft = await draftsRepository.find(id);
    if (draft === undefined) throw new NotFoundError(`There is no draft ${id}.`);
    return draft;
  };

  const requirePublished = async (slug: string) => {
    const published = await contentRepository.readRoadmap(slug);
    if (published === undefined) throw new NotFoundError(`There is no published roadmap "${slug}".`);
    return published;
  };

  const requireFreeSlug = async (slug: string) => {
    if ((await roadmapsRepository.findRoadmap(slug)) !== undefined) {
      throw new ConflictError(`A published roadmap already has the slug "${slug}". Choose another for the new one.`, [
        { in: 'body', pointer: '/slug', detail: 'is the slug of a published roadmap' },
      ]);
    }
  };

  /** 400 naming every problem of the document by its JSON pointer (`in: 'document'`); nothing else happens. */
  const checkDocument = async (document: unknown, slug: string): Promise<RoadmapContent> => {
    const existing = await roadmapsRepository.listResourceSummaries(resourceIdsIn(document));
    const issues = checkRoadmapDocument(document, new Set(existing.map((resource) => resource.id)));
    const slugOf = (document as { slug?: unknown } | null)?.slug;
    if (issues.length === 0 && slugOf !== slug) {
      issues.push({
        file: 'document',
        pointer: '/slug',
        message: `is the draft's roadmap, "${slug}"; it cannot change`,
      });
    }
    if (issues.length > 0) {
      const errors = issues
        .slice(0, MAX_FIELD_ERRORS)
        .map((issue) => ({ in: 'document', pointer: issue.pointer || '/', detail: issue.message }));
      throw new ValidationError(
        `The draft would not be a valid roadmap: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}.`,
        errors,
      );
    }
    return document as RoadmapContent;
  };

  const start = (draft: Omit<NewDraft, 'id' | 'authorId'>, actor: SignedInActor) =>
    transact(async (unit) => {
      const row = await unit.draftsRepository.insert({ ...draft, id: randomUUID(), authorId: actor.userId });
      await unit.auditRepository.record(
        auditOf(actor, 'draft.started', { draft: row.id, roadmap: row.roadmapSlug, startedFrom: row.startedFrom }),
      );
      return toDraft(row);
    });

  /** The draft if it is still being written and the If-Match names its revision; 428, 412 or 409 otherwise. */
  const requireWritable = async (id: string, ifMatch: string | undefined, required: boolean) => {
    if (required && ifMatch === undefined) {
      throw new PreconditionRequiredError(
        'Send If-Match with the ETag of the draft you changed (GET /v1/drafts/{id} gives it), so no change is lost.',
      );
    }
    const draft = await find(id);
    if (ifMatch !== undefined && !ifMatchHolds(ifMatch, draft)) {
      throw new PreconditionFailedError(
        `The draft changed since you read it: it is at ${draftEtag(draft)} now. Read it again and apply your change to that.`,
      );
    }
    if (draft.status !== 'draft' && draft.status !== 'approved') {
      throw new ConflictError(`The draft is ${draft.status}: it cannot change now.`, [
        { in: 'body', pointer: '/status', detail: `is ${draft.status}` },
      ]);
    }
    return draft;
  };

  /** The revision moved between reading and writing: another change landed first. */
  const lostRace = () =>
    new PreconditionFailedError(
      'The draft changed while your change was made. Read it again and apply your change to that.',
    );

  return {
    /** A draft of a published roadmap, starting from what learners see now. */
    async startFromPublished(slug: string, actor: SignedInActor): Promise<Draft> {
      // The base is read before the document: should a publish land between the two reads, the draft holds the
      // newer document on the older base, and publishing it is refused as stale instead of undoing that publish.
      const base = await draftsRepository.latestVersion(slug);
      const published = await requirePublished(slug);
      return start(
        {
          roadmapSlug: slug,
          kind: 'edit',
          document: published.content,
          basedOnVersion: base?.number ?? null,
          basedOnHash: base?.contentHash ?? null,
          startedFrom: { published: slug },
        },
        actor,
      );
    },

    /** A draft of a new roadmap: a skeleton, or a copy of another published roadmap under the new slug. */
    async startNewRoadmap(request: StartNewRoadmapDraft, actor: SignedInActor): Promise<Draft> {
      await requireFreeSlug(request.slug);
      const document =
        request.from === 'empty'
          ? emptyRoadmap(request.slug, clock().toISOString().slice(0, 10))
          : { ...(await requirePublished(request.roadmap)).content, slug: request.slug };
      return start(
        {
          roadmapSlug: request.slug,
          kind: 'new',
          document,
          basedOnVersion: null,
          basedOnHash: null,
          startedFrom: request.from === 'empty' ? { empty: true } : { copy: request.roadmap },
        },
        actor,
      );
    },

    async list(query: {
      roadmap?: string | undefined;
      status?: DraftStatus | undefined;
      limit?: number;
      cursor?: string | undefined;
    }) {
      const limit = query.limit ?? 20;
      const after = resumeFrom(query.cursor, DraftCursor);
      const rows = await draftsRepository.list(query, after, rowsForPage(limit));
      const page = pageOf(rows, limit, (last) => ({ createdAt: last.position, id: last.id }));
      return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
    },

    async get(id: string): Promise<Draft> {
      return toDraft(await find(id));
    },

    /**
     * Applies a change made against the revision `ifMatch` names. The result must pass the importer's checks; the
     * new document and its audit entry are written together, and only if no other change landed in between.
     */
    async change(id: string, ifMatch: string | undefined, change: DraftChange, actor: SignedInActor): Promise<Draft> {
      const draft = await requireWritable(id, ifMatch, true);
      const document = await checkDocument(applyChange(draft.document, change), draft.roadmapSlug);
      return transact(async (unit) => {
        const changed = await unit.draftsRepository.replaceDocument(id, draft.revision, document);
        if (changed === undefined) throw lostRace();
        await unit.auditRepository.record(
          auditOf(actor, 'draft.changed', {
            draft: id,
            roadmap: draft.roadmapSlug,
            revision: changed.revision,
            change: change.kind,
            sections: sectionsOf(change),
          }),
        );
        return toDraft(changed);
      });
    },

    /** Sets the draft aside for good; it stays, discarded, for the audit log. If-Match is optional here. */
    async discard(id: string, ifMatch: string | undefined, actor: SignedInActor): Promise<void> {
      const draft = await requireWritable(id, ifMatch, false);
      await transact(async (unit) => {
        const discarded = await unit.draftsRepository.setStatus(id, draft.revision, 'discarded');
        if (discarded === undefined) throw lostRace();
        await unit.auditRepository.record(
          auditOf(actor, 'draft.discarded', { draft: id, roadmap: draft.roadmapSlug, revision: draft.revision }),
        );
      });
    },

    /** The draft as learners would get it from GET /v1/roadmaps/{slug}, made without writing anything. */
    async preview(id: string): Promise<RoadmapDocument> {
      return previewOf(await find(id), roadmapsRepository);
    },

    /**
     * The draft's document as the content files of its roadmap (content-export.ts), sorted by path: what a commit
     * of it into a content repository holds. Nothing is written.
     */
    async exportFiles(id: string): Promise<ContentFile[]> {
      const { document } = await find(id);
      return oneRoadmapFiles(document, await contentRepository.readResources(resourceIdsIn(document)));
    },

    /** The importer's checks on a whole document, as a change runs them (for publishing, which checks again). */
    checkDocument,
  };
};

export type DraftsService = ReturnType<typeof createDraftsService>;
