import { Type, type Static } from 'typebox';
import { ResourceType } from '../content/content.schemas.ts';
import { Cursor, Limit } from '../roadmaps/roadmaps.schemas.ts';
import { LinkOutcome } from './link-status.schemas.ts';

export const ListLinksQuery = Type.Object(
  {
    state: Type.Optional(LinkOutcome),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
export type ListLinksQuery = Static<typeof ListLinksQuery>;

export const LinkCursor = Type.Object({ after: Type.String({ maxLength: 200 }) }, { additionalProperties: false });

export const CheckedLink = Type.Object({
  resource: Type.Object({
    id: Type.String(),
    type: ResourceType,
    title: Type.String(),
    url: Type.String(),
    publisher: Type.Union([Type.String(), Type.Null()]),
  }),
  usedBy: Type.Array(Type.Object({ roadmap: Type.String(), stepId: Type.String(), stepTitle: Type.String() }), {
    description: 'Published roadmap steps that link to the resource',
  }),
  state: LinkOutcome,
  since: Type.String({ format: 'date-time', description: 'When the link came into this state' }),
  checkedAt: Type.String({ format: 'date-time' }),
  lastOutcome: LinkOutcome,
  httpStatus: Type.Union([Type.Integer(), Type.Null()], { description: 'The last answer; null when none came' }),
  finalUrl: Type.Union([Type.String(), Type.Null()], {
    description: 'Where the last check ended after redirects: the new address of a moved link',
  }),
  reason: Type.String({ description: 'What the last check found, in words; empty when all was well' }),
  consecutiveFailures: Type.Integer({ minimum: 0 }),
});

export const LinkPage = Type.Object({
  items: Type.Array(CheckedLink),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type LinkPage = Static<typeof LinkPage>;

export const CheckReceipt = Type.Object({
  queued: Type.Literal(true),
  alreadyQueued: Type.Boolean({ description: 'true when a run was already waiting: no second one is queued' }),
});
