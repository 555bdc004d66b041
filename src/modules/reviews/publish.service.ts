// Publishing an approved draft (docs/decisions/0031-draft-review.md): the draft's document becomes the roadmap
// learners see, with a new numbered version, in one transaction with the draft's move to 'published' and its audit
// entry. It is refused, changing nothing, when the published roadmap moved on since the draft started, or when it
// would remove steps learners have progress on, or checklist items they have answered, that the publisher neither
// maps to successors nor retires. The mappings carry learners' progress and answers to the successors in the same
// transaction (decisions 0032 and 0036).
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, PreconditionRequiredError } from '../../lib/errors.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';
import type { DraftsRepository } from '../drafts/drafts.repository.ts';
import { auditOf, draftEtag, ifMatchHolds } from '../drafts/drafts.service.ts';
import { resolveChecklistMapping, type ChecklistMappingEntry } from '../versions/checklist-mapping.ts';
import { resolveStepMapping, type StepMappingEntry } from '../versions/step-mapping.ts';
import { unmappedRemovals, type ResolvedMapping } from '../versions/version-mapping.ts';
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

const staleBase = (draft: { roadmapSlug: string; basedOnHash: string | null }) =>
  new ConflictError(
    draft.basedOnHash === null
      ? `A roadmap "${draft.roadmapSlug}" was published after this draft started. Start a draft of it instead.`
      : 'The published roadmap changed after this draft started. Start a new draft from it and make the changes there.',
    [{ in: 'body', pointer: '/basedOn', detail: 'is not the roadmap published now' }],
  );

/**
 * Removed steps learners have something on, and removed checklist items they answered, must be mapped to successors
 * or retired on purpose: one refusal names them all.
 */
const unaccounted = (steps: string[], items: string[]) => {
  const parts = [
    ...(steps.length > 0 ? [`progress on steps the draft removes: ${steps.join(', ')} (\`mapping\`)`] : []),
    ...(items.length > 0
      ? [`answers to checklist items the draft removes: ${items.join(', ')} (\`checklistMapping\`)`]
      : []),
  ];
  return new ConflictError(
    `Learners have ${parts.join(', and ')}. Map each to what takes its place ({ from, to }) or retire it ` +
      '({ from, retire: true }), so what learners have is kept.',
    [
      ...steps.map((stepId) => ({
        in: 'body',
        pointer: '/mapping',
        detail: `has no entry for ${stepId}, which the draft removes and learners follow`,
      })),
      ...items.map((itemId) => ({
        in: 'body',
        pointer: '/checklistMapping',
        detail: `has no entry for ${itemId}, which the draft removes and learners answered`,
      })),
    ],
  );
};

const notApproved = (status: string) =>
  new ConflictError(`The draft is ${status}; only an approved draft can be published.`, [
    { in: 'body', pointer: '/status', detail: `is ${status}` },
  ]);

/**
 * The roadmap with its steps in the tiers' order. That is the order an import stores and a preview shows (the steps
 * list of a draft carries no order of its own), so the published roadmap is what the preview showed, and its files
 * export and import back to the same version.
 */
const inTierOrder = (roadmap: RoadmapContent): RoadmapContent => {
  const byId = new Map(roadmap.steps.map((step) => [step.id, step]));
  return { ...roadmap, steps: roadmap.tiers.flatMap((tier) => tier.steps.map((stepId) => byId.get(stepId)!)) };
};

const mappingSummary = (resolved: ResolvedMapping) => ({
  mapped: Object.fromEntries(resolved.successors),
  retired: [...resolved.retired],
});

export const createPublishService = ({
  draftsRepository,
  reviewsRepository,
  checkDocument,
  transact,
  onContentChanged,
}: PublishServiceDeps) => ({
  async publish(
    id: string,
    ifMatch: string | undefined,
    request: {
      notes: string;
      mapping?: StepMappingEntry[] | undefined;
      checklistMapping?: ChecklistMappingEntry[] | undefined;
    },
    actor: SignedInActor,
  ): Promise<Published> {
    const { notes, mapping = [], checklistMapping = [] } = request;
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
    const document = inTierOrder(await checkDocument(draft.document, draft.roadmapSlug));

    const published = await transact(async (unit) => {
      await unit.publishRepository.lockContent();
      const current = await unit.publishRepository.published(draft.roadmapSlug);
      if ((current?.version ?? null) !== draft.basedOnVersion || (current?.contentHash ?? null) !== draft.basedOnHash) {
        throw staleBase(draft);
      }
      const stepIds = current?.stepIds ?? [];
      const itemIds = current?.checklistItemIds ?? [];
      const resolved = resolveStepMapping(stepIds, document, mapping);
      const resolvedChecklist = resolveChecklistMapping(itemIds, document, checklistMapping);
      const stepsInUse = await unit.publishRepository.stepsWithProgress(
        draft.roadmapSlug,
        unmappedRemovals(
          stepIds,
          document.steps.map((step) => step.id),
          resolved,
        ),
      );
      const itemsInUse = await unit.publishRepository.checklistItemsAnswered(
        draft.roadmapSlug,
        unmappedRemovals(
          itemIds,
          document.checklist.map((item) => item.id),
          resolvedChecklist,
        ),
      );
      if (stepsInUse.length > 0 || itemsInUse.length > 0) throw unaccounted(stepsInUse, itemsInUse);
      const version = await unit.publishRepository.write(document, {
        notes,
        publishedBy: actor.userId,
        stepMapping: mapping,
        checklistMapping,
      });
      const carried = {
        ...(await unit.publishRepository.carryProgress(draft.roadmapSlug, resolved)),
        checklistAnswers: await unit.publishRepository.carryChecklistAnswers(draft.roadmapSlug, resolvedChecklist),
      };
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
          mapping: mappingSummary(resolved),
          checklistMapping: mappingSummary(resolvedChecklist),
          carried,
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
