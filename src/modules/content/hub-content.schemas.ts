// The Resource Hub's files as editors write them (docs/content-format.md, "The Resource Hub"): one Markdown file per
// guide, review or cheatsheet, with YAML front matter. The hub's API reuses these pieces.
import { Type, type Static } from 'typebox';
import { HUB_KINDS, REVIEW_SUBJECT_KINDS } from '../../lib/enums.ts';
import { Id, ID_PATTERN, IsoDate, Level } from './content.schemas.ts';

export { HUB_KINDS, REVIEW_SUBJECT_KINDS };
export const HubKind = Type.Enum([...HUB_KINDS], { description: 'guide, review or cheatsheet' });
export type HubKind = Static<typeof HubKind>;

/** The folder each kind lives in, under content/hub/. */
export const HUB_FOLDERS = { guide: 'guides', review: 'reviews', cheatsheet: 'cheatsheets' } as const;

const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description === undefined ? {} : { description }) });
const Points = (description: string) => Type.Array(Text(300), { minItems: 1, maxItems: 12, description });

/** `<roadmap slug>/<step id>`: a step the entry helps with. */
export const StepRef = Type.String({
  pattern: `^${ID_PATTERN.slice(1, -1)}/${ID_PATTERN.slice(1, -1)}$`,
  maxLength: 161,
  description: '<roadmap slug>/<step id>',
});

const common = {
  id: Id,
  title: Text(200),
  summary: Text(300, 'One or two plain sentences on what the reader gets'),
  level: Level,
  topics: Type.Array(Text(60), { maxItems: 20 }),
  steps: Type.Array(StepRef, { minItems: 1, maxItems: 30, description: 'The roadmap steps it helps with (at least one)' }),
  updated: IsoDate,
};

export const ReviewSubject = Type.Object(
  {
    name: Text(200),
    kind: Type.Enum([...REVIEW_SUBJECT_KINDS], { description: 'book, course, tool, video, docs or article' }),
    url: Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 }),
    by: Type.Optional(Text(200, 'Author or publisher')),
    free: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ReviewSubject = Static<typeof ReviewSubject>;

export const Rating = Type.Number({ minimum: 1, maximum: 5, multipleOf: 0.5, description: '1 to 5, whole or half points' });

const reviewFields = {
  subject: ReviewSubject,
  verdict: Text(600, 'The honest bottom line'),
  rating: Rating,
  suits: Points('Who will get the most out of it'),
  notFor: Type.Optional(Points('Who should pick something else')),
  strengths: Points('What it does well'),
  weaknesses: Points('Where it falls short'),
  reviewed: IsoDate,
};

export const GuideFrontMatter = Type.Object(common, { additionalProperties: false });
export const CheatsheetFrontMatter = Type.Object(common, { additionalProperties: false });
export const ReviewFrontMatter = Type.Object({ ...common, ...reviewFields }, { additionalProperties: false });
export type GuideFrontMatter = Static<typeof GuideFrontMatter>;
export type ReviewFrontMatter = Static<typeof ReviewFrontMatter>;

export const FRONT_MATTER_OF = {
  guide: GuideFrontMatter,
  review: ReviewFrontMatter,
  cheatsheet: CheatsheetFrontMatter,
} as const;

/** What only a review has, as stored in hub_entries.document. */
export type ReviewDocument = Omit<ReviewFrontMatter, keyof typeof common>;

/** One hub file as loaded: its front matter, its kind (from its folder) and its Markdown body. */
export type HubEntryContent =
  | (GuideFrontMatter & { kind: 'guide'; body: string })
  | (GuideFrontMatter & { kind: 'cheatsheet'; body: string })
  | (ReviewFrontMatter & { kind: 'review'; body: string });
