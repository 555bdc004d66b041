// Review of roadmap drafts (docs/decisions/0031-draft-review.md): an editor submits a draft, other editors comment,
// ask for changes (back to 'draft') or approve it at its current revision. Every move of a draft and every word of
// review is written with its audit entry in one transaction.
import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { DraftStatus } from '../../lib/enums.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  ValidationError,
} from '../../lib/errors.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { DraftRow, DraftsRepository } from '../drafts/drafts.repository.ts';
import type { Draft } from '../drafts/drafts.schemas.ts';
import { auditOf, draftEtag, ifMatchHolds, toDraft } from '../drafts/drafts.service.ts';
import type { ReviewRow, ReviewsRepository } from './reviews.repository.ts';
import type { VersionsRepository } from '../versions/versions.repository.ts';
import { draftDiffOf } from './draft-diff.ts';
import type { DraftDiff, NewReview, Review } from './reviews.schemas.ts';

export interface ReviewsServiceDeps {
  draftsRepository: Pick<DraftsRepository, 'find'>;
  reviewsRepository: Pick<ReviewsRepository, 'listOf'>;
  versionsRepository: Pick<VersionsRepository, 'latestVersion'>;
  transact: UnitOfWork<{
    draftsRepository: Pick<DraftsRepository, 'moveStatus'>;
    reviewsRepository: Pick<ReviewsRepository, 'insert'>;
    auditRepository: Pick<AuditRepository, 'record'>;
  }>;
  /** A team of one may approve its own drafts (DRAFTS_SINGLE_EDITOR); otherwise another editor must. */
  singleEditor: boolean;
}

const toReview = (row: ReviewRow): Review => ({
  id: row.id,
  kind: row.kind,
  body: row.body,
  draftRevision: row.draftRevision,
  author: row.authorId === null || row.authorName === null ? null : { id: row.authorId, name: row.authorName },
  createdAt: row.createdAt.toISOString(),
});

/** Where each kind of review takes an in_review draft. */
const NEXT_STATUS: Record<NewReview['kind'], DraftStatus> = {
  comment: 'in_review',
  changes_requested: 'draft',
  approved: 'approved',
};

const statusConflict = (draft: DraftRow, wanted: string) =>
  new ConflictError(`The draft is ${draft.status}; ${wanted}.`, [
    { in: 'body', pointer: '/status', detail: `is ${draft.status}` },
  ]);

/** The revision moved, or the status, between reading and writing: another request landed first. */
const lostRace = () =>
  new PreconditionFailedError('The draft changed while your request was made. Read it again and try once more.');

export const createReviewsService = ({
  draftsRepository,
  reviewsRepository,
  versionsRepository,
  transact,
  singleEditor,
}: ReviewsServiceDeps) => {
  const find = async (id: string): Promise<DraftRow> => {
    const draft = await draftsRepository.find(id);
    if (draft === undefined) throw new NotFoundError(`There is no draft ${id}.`);
    return draft;
  };

  const mayApprove = (draft: DraftRow, actor: SignedInActor) => singleEditor || draft.authorId !== actor.userId;

  return {
    /** Puts a draft being written up for review; If-Match names the revision the editor asks others to read. */
    async submit(id: string, ifMatch: string | undefined, actor: SignedInActor): Promise<Draft> {
      if (ifMatch === undefined) {
        throw new PreconditionRequiredError(
          'Send If-Match with the ETag of the draft you submit (GET /v1/drafts/{id} gives it), so reviewers read what you read.',
        );
      }
      const draft = await find(id);
      if (!ifMatchHolds(ifMatch, draft)) {
        throw new PreconditionFailedError(
          `The draft changed since you read it: it is at ${draftEtag(draft)} now. Read it again before submitting.`,
        );
      }
      if (draft.status !== 'draft') throw statusConflict(draft, 'only a draft being written can be submitted');
      return transact(async (unit) => {
        const moved = await unit.draftsRepository.moveStatus(id, draft.revision, ['draft'], 'in_review');
        if (moved === undefined) throw lostRace();
        await unit.auditRepository.record(
          auditOf(actor, 'draft.submitted', { draft: id, roadmap: draft.roadmapSlug, revision: draft.revision }),
        );
        return toDraft(moved);
      });
    },

    /** A comment, a request for changes or an approval, of the draft as it is now (it must be in review). */
    async review(id: string, review: NewReview, actor: SignedInActor): Promise<Review> {
      const body = review.body.trim();
      if (review.kind === 'comment' && body === '') {
        throw new ValidationError('A comment needs some words.', [
          { in: 'body', pointer: '/body', detail: 'is empty' },
        ]);
      }
      const draft = await find(id);
      if (draft.status !== 'in_review') throw statusConflict(draft, 'only a draft in review can be reviewed');
      if (review.kind === 'approved' && !mayApprove(draft, actor)) {
        throw new ForbiddenError(
          'You started this draft, so another editor must approve it. (A team of one can allow this with DRAFTS_SINGLE_EDITOR.)',
        );
      }
      const next = NEXT_STATUS[review.kind];
      return transact(async (unit) => {
        if (next !== draft.status) {
          const moved = await unit.draftsRepository.moveStatus(id, draft.revision, ['in_review'], next);
          if (moved === undefined) throw lostRace();
        }
        const row = await unit.reviewsRepository.insert({
          id: randomUUID(),
          draftId: id,
          kind: review.kind,
          body,
          draftRevision: draft.revision,
          authorId: actor.userId,
        });
        await unit.auditRepository.record(
          auditOf(actor, `draft.${review.kind === 'comment' ? 'commented' : review.kind}`, {
            draft: id,
            roadmap: draft.roadmapSlug,
            revision: draft.revision,
            review: row.id,
          }),
        );
        return toReview(row);
      });
    },

    /** The thread, oldest first, and whether the reader may approve (the page shows why not). */
    async thread(id: string, actor: SignedInActor): Promise<{ items: Review[]; youMayApprove: boolean }> {
      const draft = await find(id);
      return { items: (await reviewsRepository.listOf(id)).map(toReview), youMayApprove: mayApprove(draft, actor) };
    },

    /** What publishing the draft would change: the roadmap's latest version compared with the draft's document. */
    async diff(id: string): Promise<DraftDiff> {
      const draft = await find(id);
      return draftDiffOf(await versionsRepository.latestVersion(draft.roadmapSlug), draft.document);
    },
  };
};

export type ReviewsService = ReturnType<typeof createReviewsService>;
