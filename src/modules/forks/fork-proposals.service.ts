// Proposals to a fork (docs/decisions/0034-forks.md): what the upstream's new version changed, where that touches
// the fork's overlay, and the fork as it would be on the new version (entries on steps upstream mapped on moved to
// their successors, those that no longer apply dropped and listed). Accepting moves the fork to the new upstream
// version, publishes its next version and carries its learners' progress and checklist answers along the
// upstream's mappings;
// declining keeps it where it is.
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import type { SignedInActor } from '../audit/actor.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import { diffVersions } from '../versions/version-diff.ts';
import { followMapping, namedAsGiven } from './fork-mapping.ts';
import { applyOverlay, rebaseOverlay } from './fork-overlay.ts';
import { forkEtag, type ForkPublishing, type ForkPublishingDeps } from './fork-publishing.ts';
import { touchesOf } from './fork-touches.ts';
import type { ProposalRow } from './forks.repository.ts';
import type { AcceptProposal, ForkProposal, ForkPublished, ProposalSummary } from './forks.schemas.ts';
import type { ForksService } from './forks.service.ts';

export interface ForkProposalsServiceDeps extends Pick<ForkPublishingDeps, 'forksRepository' | 'transact'> {
  forkPublishing: ForkPublishing;
  forksService: Pick<ForksService, 'read'>;
  onContentChanged: () => Promise<void>;
}

const summaryOf = (row: ProposalRow, upstream: string): ProposalSummary => ({
  id: row.id,
  fork: row.forkSlug,
  upstream,
  fromVersion: row.fromVersion,
  toVersion: row.toVersion,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  decidedAt: row.decidedAt === null ? null : row.decidedAt.toISOString(),
  href: `/v1/fork-proposals/${row.id}`,
});

const notOpen = (status: string) =>
  new ConflictError(`The proposal is ${status}; only an open proposal can be accepted or declined.`, [
    { in: 'body', pointer: '/status', detail: `is ${status}` },
  ]);

export const createForkProposalsService = ({
  forksRepository,
  transact,
  forkPublishing,
  forksService,
  onContentChanged,
}: ForkProposalsServiceDeps) => {
  const findProposal = async (id: string) => {
    const proposal = await forksRepository.findProposal(id);
    if (proposal === undefined) throw new NotFoundError(`There is no fork proposal ${id}.`);
    return proposal;
  };

  return {
    async list(slug: string): Promise<{ items: ProposalSummary[] }> {
      const fork = await forkPublishing.findFork(slug);
      const rows = await forksRepository.listProposals(slug);
      return { items: rows.map((row) => summaryOf(row, fork.upstreamSlug)) };
    },

    async read(id: string): Promise<ForkProposal> {
      const proposal = await findProposal(id);
      const fork = await forkPublishing.findFork(proposal.forkSlug);
      const { from, to, mapping } = await forkPublishing.upstreamMove(fork, proposal.fromVersion, proposal.toVersion);
      const diff = diffVersions(
        { number: proposal.fromVersion, document: from },
        { number: proposal.toVersion, document: to },
      );
      const followed = followMapping(fork.overlay, mapping, from, to);
      const rebased = rebaseOverlay(to, followed.overlay);
      return {
        ...summaryOf(proposal, fork.upstreamSlug),
        forkEtag: forkEtag(fork),
        diff,
        touches: touchesOf(diff, fork.overlay),
        dropped: namedAsGiven(rebased.dropped, followed.origins),
        overlay: rebased.overlay,
        result: applyOverlay(to, rebased.overlay, fork.slug),
      };
    },

    /** Moves the fork to the proposed upstream version with the proposal's overlay (or the one sent). */
    async accept(
      id: string,
      ifMatch: string | undefined,
      input: AcceptProposal,
      actor: SignedInActor,
    ): Promise<ForkPublished> {
      const proposal = await findProposal(id);
      if (proposal.status !== 'open') throw notOpen(proposal.status);
      const fork = await forkPublishing.requireCurrent(proposal.forkSlug, ifMatch);
      const move = await forkPublishing.upstreamMove(fork, fork.upstreamVersion, proposal.toVersion);
      const upstream = move.to;
      const overlay =
        input.overlay ??
        rebaseOverlay(upstream, followMapping(fork.overlay, move.mapping, move.from, upstream).overlay).overlay;
      const document = await forkPublishing.documentOf(upstream, overlay, fork.slug);
      const version = await forkPublishing.publish(
        fork,
        {
          overlay,
          upstreamVersion: proposal.toVersion,
          document,
          upstreamMapping: move.mapping,
          upstreamChecklistMapping: move.checklistMapping,
          notes: input.notes ?? `Follows ${fork.upstreamSlug}, version ${proposal.toVersion}`,
        },
        { actor, action: 'fork.proposal_accepted', details: { proposal: id, fromVersion: proposal.fromVersion } },
        async (unit) => {
          if ((await unit.forkWrites.decideProposal(id, 'accepted', actor.userId)) === undefined)
            throw notOpen('no longer open');
        },
      );
      await onContentChanged();
      return { fork: await forksService.read(fork.slug), version };
    },

    async decline(id: string, actor: SignedInActor): Promise<ProposalSummary> {
      const proposal = await findProposal(id);
      const fork = await forkPublishing.findFork(proposal.forkSlug);
      await transact(async (unit) => {
        if ((await unit.forkWrites.decideProposal(id, 'declined', actor.userId)) === undefined)
          throw notOpen(proposal.status === 'open' ? 'no longer open' : proposal.status);
        await unit.auditRepository.record(
          auditOf(actor, 'fork.proposal_declined', { proposal: id, fork: fork.slug, toVersion: proposal.toVersion }),
        );
      });
      return summaryOf(await findProposal(id), fork.upstreamSlug);
    },
  };
};

export type ForkProposalsService = ReturnType<typeof createForkProposalsService>;
