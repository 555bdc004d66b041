// Forks (docs/decisions/0034-forks.md): an organisation forks a roadmap into one of its own, kept as an overlay on
// a version of the upstream. Making a fork publishes its version 1; changing the overlay publishes its next one.
import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import type { SignedInActor } from '../audit/actor.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import { applyOverlay, type ForkOverlay } from './fork-overlay.ts';
import { forkEtag, type ForkPublishing, type ForkPublishingDeps } from './fork-publishing.ts';
import type { ForkListRow, ForkRow } from './forks.repository.ts';
import {
  ForkCursor,
  type ChangeOverlay,
  type Fork,
  type ForkPage,
  type ForkPublished,
  type ListForksQuery,
  type NewFork,
} from './forks.schemas.ts';

export interface ForksServiceDeps extends Pick<ForkPublishingDeps, 'forksRepository' | 'checkDocument' | 'transact'> {
  forkPublishing: ForkPublishing;
  /** Drops the cached roadmap documents and searches, as after a content import. */
  onContentChanged: () => Promise<void>;
}

const slugTaken = (slug: string) =>
  new ConflictError(`A roadmap already has the slug "${slug}". Choose another for the fork.`, [
    { in: 'body', pointer: '/slug', detail: 'is the slug of a roadmap' },
  ]);

export const createForksService = ({
  forksRepository,
  checkDocument,
  transact,
  forkPublishing,
  onContentChanged,
}: ForksServiceDeps) => {
  const toFork = async (fork: ForkRow): Promise<Fork> => {
    const [upstreamLatest, version, openProposal] = await Promise.all([
      forksRepository.latestVersionNumber(fork.upstreamSlug),
      forksRepository.latestVersionNumber(fork.slug),
      forksRepository.openProposalOf(fork.slug),
    ]);
    return {
      slug: fork.slug,
      title: fork.title,
      href: `/v1/roadmaps/${fork.slug}`,
      upstream: { slug: fork.upstreamSlug, version: fork.upstreamVersion, latestVersion: upstreamLatest },
      version,
      overlay: fork.overlay,
      revision: fork.revision,
      etag: forkEtag(fork),
      openProposal:
        openProposal === undefined ? null : { id: openProposal, href: `/v1/fork-proposals/${openProposal}` },
      createdAt: fork.createdAt.toISOString(),
      updatedAt: fork.updatedAt.toISOString(),
    };
  };

  const read = async (slug: string) => toFork(await forkPublishing.findFork(slug));

  const summaryOf = (row: ForkListRow) => ({
    slug: row.slug,
    title: row.title,
    href: `/v1/roadmaps/${row.slug}`,
    upstream: { slug: row.upstreamSlug, version: row.upstreamVersion, latestVersion: row.upstreamLatestVersion },
    version: row.version,
    openProposal:
      row.openProposal === null ? null : { id: row.openProposal, href: `/v1/fork-proposals/${row.openProposal}` },
    updatedAt: row.updatedAt.toISOString(),
  });

  return {
    read,

    /** Every fork (the editors of an instance edit all of them), a page at a time in slug order. */
    async list(query: ListForksQuery): Promise<ForkPage> {
      const limit = query.limit ?? 20;
      const after = resumeFrom(query.cursor, ForkCursor)?.after;
      const page = pageOf(await forksRepository.listForks(after, rowsForPage(limit)), limit, (last) => ({
        after: last.slug,
      }));
      return { items: page.items.map(summaryOf), nextCursor: page.nextCursor };
    },

    /** Makes a fork of the upstream's latest version with an empty overlay, published as the fork's version 1. */
    async create(upstreamSlug: string, input: NewFork, actor: SignedInActor): Promise<Fork> {
      const latest = await forksRepository.latestVersion(upstreamSlug);
      if (latest === undefined) throw new NotFoundError(`There is no published roadmap "${upstreamSlug}".`);
      if (input.slug === upstreamSlug) throw slugTaken(input.slug);
      const overlay: ForkOverlay = input.title === undefined ? {} : { title: input.title };
      const document = await checkDocument(applyOverlay(latest.document, overlay, input.slug), input.slug);
      await transact(async (unit) => {
        await unit.publishRepository.lockContent();
        if (await unit.forkWrites.slugTaken(input.slug)) throw slugTaken(input.slug);
        const version = await unit.forkWrites.publish(document, {
          notes: `Forked from ${upstreamSlug}, version ${latest.number}`,
          publishedBy: actor.userId,
        });
        await unit.forkWrites.insertFork({
          slug: input.slug,
          upstreamSlug,
          upstreamVersion: latest.number,
          overlay,
          createdBy: actor.userId,
        });
        await unit.auditRepository.record(
          auditOf(actor, 'fork.created', {
            fork: input.slug,
            upstream: upstreamSlug,
            upstreamVersion: latest.number,
            version: version ?? null,
          }),
        );
      });
      await onContentChanged();
      return read(input.slug);
    },

    /** Replaces the overlay (If-Match) and publishes the fork's next version on the same upstream version. */
    async changeOverlay(
      slug: string,
      ifMatch: string | undefined,
      { overlay, notes }: ChangeOverlay,
      actor: SignedInActor,
    ): Promise<ForkPublished> {
      const fork = await forkPublishing.requireCurrent(slug, ifMatch);
      const upstream = await forkPublishing.upstreamVersion(fork, fork.upstreamVersion);
      const document = await forkPublishing.documentOf(upstream, overlay, slug);
      const version = await forkPublishing.publish(
        fork,
        { overlay, upstreamVersion: fork.upstreamVersion, document, notes },
        { actor, action: 'fork.overlay_changed', details: { revision: fork.revision + 1 } },
      );
      await onContentChanged();
      return { fork: await read(slug), version };
    },
  };
};

export type ForksService = ReturnType<typeof createForksService>;
