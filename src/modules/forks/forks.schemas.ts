import { Type, type Static } from 'typebox';
import { FORK_PROPOSAL_STATUSES } from '../../lib/enums.ts';
import { RoadmapContentSchema } from '../content/content.schemas.ts';
import { Cursor, Limit, Slug } from '../roadmaps/roadmaps.schemas.ts';
import { VersionDiff } from '../versions/versions.schemas.ts';
import { ForkOverlay } from './fork-overlay.ts';

export { ForkOverlay };

export const ForkParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const ProposalParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'The proposal id' }) },
  { additionalProperties: false },
);

const Notes = Type.String({ minLength: 1, maxLength: 2000, description: 'What changed, for learners of the fork' });

export const NewFork = Type.Object(
  {
    slug: Slug,
    title: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'The fork’s title (upstream’s if absent)' }),
    ),
  },
  { additionalProperties: false },
);
export type NewFork = Static<typeof NewFork>;

export const ChangeOverlay = Type.Object({ overlay: ForkOverlay, notes: Notes }, { additionalProperties: false });
export type ChangeOverlay = Static<typeof ChangeOverlay>;

export const AcceptProposal = Type.Object(
  {
    overlay: Type.Optional(ForkOverlay),
    notes: Type.Optional(Notes),
  },
  { additionalProperties: false },
);
export type AcceptProposal = Static<typeof AcceptProposal>;

const ProposalStatus = Type.Enum([...FORK_PROPOSAL_STATUSES], {
  description: 'open: waiting for the fork’s editors; accepted, declined; superseded: a newer upstream version came',
});

export const ProposalSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fork: Slug,
  upstream: Slug,
  fromVersion: Type.Integer({ minimum: 1, description: 'The upstream version the fork was on' }),
  toVersion: Type.Integer({ minimum: 1, description: 'The upstream version proposed' }),
  status: ProposalStatus,
  createdAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  href: Type.String(),
});
export type ProposalSummary = Static<typeof ProposalSummary>;

export const ProposalList = Type.Object({ items: Type.Array(ProposalSummary, { description: 'Newest first' }) });

export const Fork = Type.Object({
  slug: Slug,
  title: Type.String(),
  href: Type.String({ description: 'Where learners read the fork' }),
  upstream: Type.Object({
    slug: Slug,
    version: Type.Integer({ minimum: 1, description: 'The upstream version the fork is laid on' }),
    latestVersion: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  }),
  version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'The fork’s own latest version' }),
  overlay: ForkOverlay,
  revision: Type.Integer({ minimum: 1 }),
  etag: Type.String({ description: 'Send it as If-Match to change the overlay or accept a proposal' }),
  openProposal: Type.Union([Type.Object({ id: Type.String({ format: 'uuid' }), href: Type.String() }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Fork = Static<typeof Fork>;

export const ListForksQuery = Type.Object(
  { limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) },
  { additionalProperties: false },
);
export type ListForksQuery = Static<typeof ListForksQuery>;

/** Where the next page of forks starts: after this slug (the list is in slug order). */
export const ForkCursor = Type.Object({ after: Slug }, { additionalProperties: false });

/** A fork as the studio lists it: a fork without its overlay. */
export const ForkSummary = Type.Object({
  slug: Fork.properties.slug,
  title: Fork.properties.title,
  href: Fork.properties.href,
  upstream: Fork.properties.upstream,
  version: Fork.properties.version,
  openProposal: Fork.properties.openProposal,
  updatedAt: Fork.properties.updatedAt,
});
export type ForkSummary = Static<typeof ForkSummary>;

export const ForkPage = Type.Object({
  items: Type.Array(ForkSummary, { description: 'In slug order' }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type ForkPage = Static<typeof ForkPage>;

export const ForkProposal = Type.Object({
  ...ProposalSummary.properties,
  forkEtag: Type.String({ description: 'The fork’s ETag: If-Match for accepting' }),
  diff: VersionDiff,
  touches: Type.Array(Type.Object({ pointer: Type.String(), stepId: Type.String(), detail: Type.String() }), {
    description: 'The overlay entries the upstream change touches',
  }),
  dropped: Type.Array(Type.Object({ pointer: Type.String(), entry: Type.Unknown(), detail: Type.String() }), {
    description: 'Overlay entries that no longer apply; the result goes without them',
  }),
  overlay: ForkOverlay,
  result: RoadmapContentSchema,
});
export type ForkProposal = Static<typeof ForkProposal>;

export const ForkPublished = Type.Object({
  fork: Fork,
  version: Type.Union([Type.Object({ number: Type.Integer({ minimum: 1 }) }), Type.Null()], {
    description: 'The fork’s new version; null when its document did not change',
  }),
});
export type ForkPublished = Static<typeof ForkPublished>;
