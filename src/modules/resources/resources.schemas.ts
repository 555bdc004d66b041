import { Type, type Static } from 'typebox';
import { ID_PATTERN, ResourceType } from '../content/content.schemas.ts';
import { Cursor, Limit, Slug } from '../roadmaps/roadmaps.schemas.ts';

export const SearchText = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '\\S',
  description: 'Words to look for (web-search syntax: "quoted phrase", -exclude, or)',
});

export const ListResourcesQuery = Type.Object(
  {
    roadmap: Type.Optional(Slug),
    step: Type.Optional(Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'A step id; needs `roadmap`' })),
    type: Type.Optional(ResourceType),
    q: Type.Optional(SearchText),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
export type ListResourcesQuery = Static<typeof ListResourcesQuery>;

export const Resource = Type.Object({
  id: Type.String(),
  type: ResourceType,
  title: Type.String(),
  url: Type.String(),
  publisher: Type.Union([Type.String(), Type.Null()]),
  description: Type.String(),
  free: Type.Boolean(),
  topics: Type.Array(Type.String()),
  usedBy: Type.Array(Type.Object({ roadmap: Type.String(), stepId: Type.String(), stepTitle: Type.String() }), {
    description: 'Published steps that link to this resource',
  }),
});
export type Resource = Static<typeof Resource>;

export const ResourcePage = Type.Object({
  items: Type.Array(Resource),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
