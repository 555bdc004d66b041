import { Type, type Static } from 'typebox';

export const Bookmark = Type.Object({
  roadmap: Type.Object({ slug: Type.String(), title: Type.String() }),
  step: Type.Object({ id: Type.String(), title: Type.String() }),
  bookmarkedAt: Type.String({ format: 'date-time' }),
  href: Type.Union([Type.String(), Type.Null()], {
    description: 'Where to read the step (GET); null once the step was taken out of the roadmap',
  }),
});
export type Bookmark = Static<typeof Bookmark>;

export const BookmarkQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const BookmarkPage = Type.Object({
  items: Type.Array(Bookmark),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
