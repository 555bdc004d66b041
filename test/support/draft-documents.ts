// Changes to a draft's document for tests of review and publishing: a step taken out everywhere it is named.
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';

/** The document's sections without the step `stepId`: out of the steps, tiers, plan and priorities (no slug: a PATCH). */
export const sectionsWithoutStep = (document: Draft['document'], stepId: string) => {
  const without = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.filter((item) => item !== stepId && (item as { id?: unknown } | null)?.id !== stepId).map(without)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, without(inner)]))
        : value;
  const { slug: _slug, ...sections } = without(document) as Draft['document'];
  return sections;
};
