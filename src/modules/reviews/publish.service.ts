// Publishing an approved draft (docs/decisions/0031-draft-review.md): the draft's document becomes the roadmap
// learners see, with a new numbered version, in one transaction with the draft's move to 'published' and its audit
// entry. It is refused, changing nothing, when the published roadmap moved on since the draft started, or when it
// would remove steps learners have progress on (mapping removed steps to new ones comes next: issue 16, item 3).
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, PreconditionRequiredError } from '../../lib/errors.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import type { DraftsRepository } from '../drafts/drafts.repository.ts';
import { auditOf, draftEtag, ifMatchHolds } from '../drafts/drafts.service.ts';
import type { PublishRepository } from './publish.repository.ts';
import type { ReviewsRepository } from './reviews.repository.ts';

export interface PublishServiceDeps {
  draftsRepository: Pick<DraftsRepository, 'find'>;
  reviewsRepository: Pick<ReviewsRepository, 'approvedRevision'>;
  /** The drafts service's check of a whole document (the importer's rules): resources may have gone since. */
  checkDocument: (document: unknown, slug: string) => Promise<RoadmapContent>;
  transact: UnitOfWork<{
    draftsRepository: Pick<DraftsRepository, 'moveStatus'>;
    publishRepository: PublishRepository;
    auditRepository: Pick<AuditRepository, 'record'>;
  }>;
  /** Drops the cached roadmap documents and searches, as after a content import. */
  onContentChanged: () => Promise<void>;
}

export interface Published {
  roadmap: { slug: string; href: string };
  /** The new version's number; null when the document equals the latest version (nothing new to number). */
  version: { number: number } | null;
}

const notApproved = (status: string) =>
  new ConflictError(`The draft is ${status}; only an approved draft can be published.`, [
    { in: 'body', pointer: '/status', detail: `is ${status}` },
  ]);

export const createPublishService = ({
  draftsRepository,
  reviewsRepository,
  checkDocument,
  transact,
  onContentChanged,
}: PublishServiceDeps) => ({
  async publish(id: string, ifMatch: string | undefined, notes: string, actor: SignedInActor): Promise<Published> {
    if (ifMatch === undefined) {
      throw new PreconditionRequiredError(
        'Send If-Match with the ETag of the draft you publish (GET /v1/drafts/{id} gives it): you publish what you read.',
      );
    }
    const draft = await draftsRepository.find(id);
    if (draft === undefined) throw new NotFoundError(`There is no draft ${id}.`);
    if (!ifMatchHolds(ifMatch, draft)) {
      throw new PreconditionFailedError(
        `The draft changed since you read it: it is at ${draftEtag(draft)} now. Read it again before publishing.`,
      );
    }
    if (draft.status !== 'approved') throw notApproved(draft.status);
    // A change of an approved draft sends it back to 'draft'; this also holds should an approval and a change cross.
    if ((await reviewsRepository.approvedRevision(id)) !== draft.revision)
      throw notApproved('not approved at this revision');
    const document = await checkDocument(draft.document, draft.roadmapSlug);

    const published = await transact(async (unit) => {
      await unit.publishRepository.lockContent();
      const current = await unit.publishRepository.published(draft.roadmapSlug);
      if ((current?.contentHash ?? null) !== draft.basedOnHash) {
        throw new ConflictError(
          draft.basedOnHash === null
            ? `A roadmap "${draft.roadmapSlug}" was published after this draft started. Start a draft of it instead.`
            : 'The published roadmap changed after this draft started. Start a new draft from it and make the changes there.',
          [{ in: 'body', pointer: '/basedOn', detail: 'is not the roadmap published now' }],
        );
      }
      const kept = new Set(document.steps.map((step) => step.id));
      const removed = (current?.stepIds ?? []).filter((stepId) => !kept.has(stepId));
      const inUse = await unit.publishRepository.stepsWithProgress(draft.roadmapSlug, removed);
      if (inUse.length > 0) {
        throw new ConflictError(
          `Learners have progress on steps the draft removes: ${inUse.join(', ')}. Keep them for now.`,
          inUse.map((stepId) => ({
            in: 'document',
            pointer: '/steps',
            detail: `removes ${stepId}, which learners follow`,
          })),
        );
      }
      const version = await unit.publishRepository.write(document, { notes, publishedBy: actor.userId });
      const moved = await unit.draftsRepository.moveStatus(id, draft.revision, ['approved'], 'published');
      if (moved === undefined) {
        throw new PreconditionFailedError('The draft changed while it was being published. Nothing was published.');
      }
      await unit.auditRepository.record(
        auditOf(actor, 'draft.published', {
          draft: id,
          roadmap: draft.roadmapSlug,
          revision: draft.revision,
          version: version ?? null,
        }),
      );
      return version;
    });
    await onContentChanged();
    return {
      roadmap: { slug: draft.roadmapSlug, href: `/v1/roadmaps/${draft.roadmapSlug}` },
      version: published === undefined ? null : { number: published },
    };
  },
});

export type PublishService = ReturnType<typeof createPublishService>;
