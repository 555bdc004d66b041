// What changing a fork and accepting a proposal share (docs/decisions/0034-forks.md): the overlay checked against
// the upstream version it is laid on (400 naming `/overlay/…`, nothing written), and the fork's next version
// published in one transaction with the fork's new revision and its audit entry.
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
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
import type { RoadmapContent } from '../content/content.schemas.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import type { PublishRepository } from '../reviews/publish.repository.ts';
import type { ResolvedStepMapping } from '../versions/step-mapping.ts';
import { entriesOf, mappingWithin, unmappedRemovals, type ResolvedMapping } from '../versions/version-mapping.ts';
import { composeChecklistMappings, composeStepMappings, forkMappingOf } from './fork-mapping.ts';
import { applyOverlay, checkOverlay, type ForkOverlay } from './fork-overlay.ts';
import type { ForkWritesRepository } from './fork-writes.repository.ts';
import type { ForkRow, ForksRepository } from './forks.repository.ts';

export type ForkUnit = {
  forkWrites: ForkWritesRepository;
  publishRepository: Pick<
    PublishRepository,
    | 'lockContent'
    | 'published'
    | 'stepsWithProgress'
    | 'carryProgress'
    | 'checklistItemsAnswered'
    | 'carryChecklistAnswers'
  >;
  auditRepository: Pick<AuditRepository, 'record'>;
};

export interface ForkPublishingDeps {
  forksRepository: ForksRepository;
  /** Which of these resource ids exist (and are not archived). */
  existingResources: (ids: string[]) => Promise<string[]>;
  /** The drafts service's check of a whole document (the importer's rules). */
  checkDocument: (document: unknown, slug: string) => Promise<RoadmapContent>;
  transact: UnitOfWork<ForkUnit>;
}

/** A strong ETag naming the fork's revision (If-Match compares strongly). */
export const forkEtag = (fork: Pick<ForkRow, 'slug' | 'revision'>) => `"fork-${fork.slug}-${fork.revision}"`;

const ifMatchHolds = (ifMatch: string, fork: ForkRow) =>
  ifMatch.trim() === '*' || ifMatch.split(',').some((candidate) => candidate.trim() === forkEtag(fork));

/** Every resource an overlay names, with its pointer. */
const resourcesIn = (overlay: ForkOverlay) => [
  ...(overlay.resources ?? []).flatMap((entry, i) =>
    entry.add.map((id, j) => ({ id, pointer: `/overlay/resources/${i}/add/${j}` })),
  ),
  ...(overlay.add ?? []).flatMap((entry, i) =>
    entry.step.resources.map((id, j) => ({ id, pointer: `/overlay/add/${i}/step/resources/${j}` })),
  ),
];

const summaryOf = (mapping: ResolvedMapping) => ({
  mapped: Object.fromEntries(mapping.successors),
  retired: [...mapping.retired],
});

/**
 * What the fork's learners' checklist answers follow on a move to a new upstream version: the upstream's composed
 * checklist mapping, within the items the fork had and has (its checklist is upstream's; the overlay has none). The
 * answered items it removes that nothing maps stay archived and are named, not refused as a step would be: the
 * fork's editors have no way to keep an upstream checklist item, so a refusal would stop the fork following for good
 * (decision 0044).
 */
const checklistFollowing = async (
  unit: ForkUnit,
  slug: string,
  itemIds: string[],
  change: { document: RoadmapContent; upstreamChecklistMapping?: ResolvedMapping },
) => {
  const nextIds = change.document.checklist.map((item) => item.id);
  const mapping = mappingWithin(
    change.upstreamChecklistMapping ?? { successors: new Map(), retired: new Set() },
    itemIds,
    nextIds,
  );
  const archived = await unit.publishRepository.checklistItemsAnswered(
    slug,
    unmappedRemovals(itemIds, nextIds, mapping),
  );
  return { mapping, archived };
};

export const createForkPublishing = ({
  forksRepository,
  existingResources,
  checkDocument,
  transact,
}: ForkPublishingDeps) => {
  const findFork = async (slug: string) => {
    const fork = await forksRepository.findFork(slug);
    if (fork === undefined) throw new NotFoundError(`There is no fork "${slug}".`);
    return fork;
  };

  const upstreamVersion = async (fork: ForkRow, number: number) => {
    const document = await forksRepository.version(fork.upstreamSlug, number);
    if (document === undefined) throw new NotFoundError(`"${fork.upstreamSlug}" has no version ${number}.`);
    return document;
  };

  /**
   * The fork's move from upstream version `from` to `to`: both documents, and the upstream's step and checklist
   * mappings of the versions in between composed (fork-mapping.ts), which the overlay, the learners' progress and
   * their checklist answers follow.
   */
  const upstreamMove = async (fork: ForkRow, from: number, to: number) => {
    const versions = await forksRepository.versionsBetween(fork.upstreamSlug, from, to);
    const [first, last] = [versions[0], versions.at(-1)];
    if (first?.number !== from || last?.number !== to || versions.length !== to - from + 1) {
      throw new NotFoundError(`"${fork.upstreamSlug}" lacks versions between ${from} and ${to}.`);
    }
    return {
      from: first.document,
      to: last.document,
      mapping: composeStepMappings(versions),
      checklistMapping: composeChecklistMappings(versions),
    };
  };

  /** The fork named by If-Match, at the revision the caller read; 428 without If-Match, 412 when stale. */
  const requireCurrent = async (slug: string, ifMatch: string | undefined) => {
    if (ifMatch === undefined) {
      throw new PreconditionRequiredError(
        'Send If-Match with the ETag of the fork (GET /v1/forks/{slug} gives it), so no change is lost.',
      );
    }
    const fork = await findFork(slug);
    if (!ifMatchHolds(ifMatch, fork)) {
      throw new PreconditionFailedError(`The fork changed since you read it: it is at ${forkEtag(fork)} now.`);
    }
    return fork;
  };

  /** The document learners of the fork would see, or a 400 naming each overlay entry that does not fit. */
  const documentOf = async (upstream: RoadmapContent, overlay: ForkOverlay, slug: string) => {
    const issues = checkOverlay(upstream, overlay).map(({ pointer, detail }) => ({ pointer, detail }));
    const named = resourcesIn(overlay);
    const existing = new Set(await existingResources([...new Set(named.map((resource) => resource.id))]));
    for (const { id, pointer } of named) {
      if (!existing.has(id)) issues.push({ pointer, detail: `links to unknown resource "${id}"` });
    }
    if (issues.length > 0) {
      const errors = issues.slice(0, MAX_FIELD_ERRORS).map((issue) => ({ in: 'body', ...issue }));
      throw new ValidationError(
        `The overlay does not fit the upstream version: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}.`,
        errors,
      );
    }
    return checkDocument(applyOverlay(upstream, overlay, slug), slug);
  };

  /**
   * Publishes the fork's document as its next version, with the fork's new overlay and upstream version, in one
   * transaction. With `upstreamMapping` (a move to a new upstream version), learners' progress on the steps it maps
   * is carried to their successors in the fork (the version records that mapping, so a fork of this fork follows
   * too). Refused (409, nothing written) when it would remove steps learners of the fork have progress on and no
   * mapping accounts for, and 412 when the fork moved on meanwhile. `also` runs in the same transaction (a
   * proposal's acceptance).
   */
  const publish = (
    fork: ForkRow,
    change: {
      overlay: ForkOverlay;
      upstreamVersion: number;
      document: RoadmapContent;
      notes: string;
      upstreamMapping?: ResolvedStepMapping;
      upstreamChecklistMapping?: ResolvedMapping;
    },
    audit: { actor: SignedInActor; action: string; details: Record<string, unknown> },
    also: (unit: ForkUnit) => Promise<void> = () => Promise.resolve(),
  ) =>
    transact(async (unit) => {
      await unit.publishRepository.lockContent();
      const current = await unit.publishRepository.published(fork.slug);
      const kept = new Set(change.document.steps.map((step) => step.id));
      const mapping = forkMappingOf(
        change.upstreamMapping ?? { successors: new Map(), retired: new Set() },
        current?.stepIds ?? [],
        change.document,
      );
      const removed = (current?.stepIds ?? []).filter(
        (stepId) => !kept.has(stepId) && !mapping.successors.has(stepId) && !mapping.retired.has(stepId),
      );
      const inUse = await unit.publishRepository.stepsWithProgress(fork.slug, removed);
      if (inUse.length > 0) {
        throw new ConflictError(
          `Learners of the fork have progress on steps this removes and no step mapping carries: ${inUse.join(', ')}. Keep them (add them back in the overlay) for now.`,
          inUse.map((stepId) => ({
            in: 'body',
            pointer: '/overlay',
            detail: `removes ${stepId}, which learners follow`,
          })),
        );
      }
      const checklist = await checklistFollowing(unit, fork.slug, current?.checklistItemIds ?? [], change);
      const moved = await unit.forkWrites.updateFork(fork.slug, fork.revision, change);
      if (moved === undefined) throw new PreconditionFailedError('The fork changed meanwhile. Nothing was published.');
      const version = await unit.forkWrites.publish(change.document, {
        notes: change.notes,
        publishedBy: audit.actor.userId,
        stepMapping: entriesOf(mapping),
        checklistMapping: entriesOf(checklist.mapping),
      });
      const carried = {
        ...(await unit.publishRepository.carryProgress(fork.slug, mapping)),
        checklistAnswers: await unit.publishRepository.carryChecklistAnswers(fork.slug, checklist.mapping),
      };
      await also(unit);
      await unit.auditRepository.record(
        auditOf(audit.actor, audit.action, {
          fork: fork.slug,
          upstream: fork.upstreamSlug,
          upstreamVersion: change.upstreamVersion,
          version: version ?? null,
          ...(change.upstreamMapping === undefined
            ? {}
            : {
                mapping: summaryOf(mapping),
                checklistMapping: { ...summaryOf(checklist.mapping), archived: checklist.archived },
                carried,
              }),
          ...audit.details,
        }),
      );
      return version === undefined ? null : { number: version };
    });

  return { findFork, upstreamVersion, upstreamMove, requireCurrent, documentOf, publish };
};

export type ForkPublishing = ReturnType<typeof createForkPublishing>;
