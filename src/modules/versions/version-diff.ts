// What changed between two versions of a roadmap, for the changelog page: steps added, removed, moved and renamed,
// and every text that differs with its old and new wording. Pure: no database, so it is the same for an import, an
// app publish, and (later) a draft compared with what is published. Splits and merges need the publisher's mapping
// (issue 16, item 4); until then a split reads as one step changed and others added.
import YAML from 'yaml';
import type { RoadmapContent, StepContent } from '../content/content.schemas.ts';
import type { StepPlace, TextChange, VersionDiff } from './versions.schemas.ts';

type Doc = RoadmapContent;

const asText = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('\n');
  return YAML.stringify(value, { lineWidth: 0 }).trimEnd();
};

const placesOf = (doc: Doc): Map<string, StepPlace & { step: StepContent }> => {
  const tierOf = new Map(doc.tiers.flatMap((tier) => tier.steps.map((id) => [id, tier] as const)));
  return new Map(
    doc.steps.map((step, index) => {
      const tier = tierOf.get(step.id);
      return [step.id, { step, tierId: tier?.id ?? '', tierTitle: tier?.title ?? '', number: index + 1 }] as const;
    }),
  );
};

/** The ids of `after` that keep their order relative to each other: a longest common subsequence with `before`. */
const keptInOrder = (before: string[], after: string[]): Set<string> => {
  const lengths = before.map(() => after.map(() => 0));
  const at = (i: number, j: number) => (i < 0 || j < 0 ? 0 : lengths[i]![j]!);
  before.forEach((id, i) =>
    after.forEach((other, j) => {
      lengths[i]![j] = id === other ? at(i - 1, j - 1) + 1 : Math.max(at(i - 1, j), at(i, j - 1));
    }),
  );
  const kept = new Set<string>();
  for (let i = before.length - 1, j = after.length - 1; i >= 0 && j >= 0;) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i -= 1;
      j -= 1;
    } else if (at(i - 1, j) >= at(i, j - 1)) i -= 1;
    else j -= 1;
  }
  return kept;
};

const STEP_FIELDS = ['summary', 'body', 'estimatedHours', 'resources', 'topics'] as const;

const diffSteps = (from: Doc, to: Doc, texts: TextChange[]) => {
  const before = placesOf(from);
  const after = placesOf(to);
  const place = ({ tierId, tierTitle, number }: StepPlace) => ({ tierId, tierTitle, number });
  const common = to.steps.map((step) => step.id).filter((id) => before.has(id));
  const kept = keptInOrder(
    from.steps.map((step) => step.id).filter((id) => after.has(id)),
    common,
  );
  const steps: VersionDiff['steps'] = { added: [], removed: [], moved: [], renamed: [] };
  for (const [id, now] of after) {
    const was = before.get(id);
    if (was === undefined) {
      steps.added.push({ id, title: now.step.title, ...place(now) });
      continue;
    }
    if (was.tierId !== now.tierId || !kept.has(id)) {
      steps.moved.push({ id, title: now.step.title, before: place(was), after: place(now) });
    }
    if (was.step.title !== now.step.title) steps.renamed.push({ id, before: was.step.title, after: now.step.title });
    for (const field of STEP_FIELDS) {
      const old = asText(was.step[field]);
      const current = asText(now.step[field]);
      if (old !== current)
        texts.push({ section: 'steps', itemId: id, itemTitle: now.step.title, field, before: old, after: current });
    }
  }
  for (const [id, was] of before) {
    if (!after.has(id)) steps.removed.push({ id, title: was.step.title, ...place(was) });
  }
  return steps;
};

const ROADMAP_FIELDS = [
  'title',
  'summary',
  'role',
  'level',
  'license',
  'edition',
  'outcomes',
  'audience',
  'intro',
  'conclusion',
] as const;

/** Sections that are lists of items with ids, and the field that names an item to a reader. */
const LIST_SECTIONS = {
  duties: 'title',
  keepInMind: 'title',
  beforeYouStart: 'title',
  durations: 'label',
  history: 'title',
  market: 'title',
  tiers: 'title',
  priorities: 'title',
  challenges: 'title',
  checklist: 'title',
  faq: 'question',
  alternatives: 'title',
} as const;

type Item = Record<string, unknown>;

const diffItems = (
  section: string,
  key: (item: Item) => string,
  name: (item: Item) => string,
  from: Item[],
  to: Item[],
  texts: TextChange[],
) => {
  const old = new Map(from.map((item) => [key(item), item]));
  const current = new Map(to.map((item) => [key(item), item]));
  // A tier's steps are the moves above, not a text.
  const fieldsOf = (item: Item) =>
    Object.keys(item).filter((field) => field !== 'id' && !(section === 'tiers' && field === 'steps'));
  const compare = (itemId: string, was: Item | undefined, now: Item | undefined) => {
    const fields = [...new Set([...fieldsOf(was ?? {}), ...fieldsOf(now ?? {})])];
    for (const field of fields) {
      const before = asText(was?.[field]);
      const after = asText(now?.[field]);
      if (before !== after) texts.push({ section, itemId, itemTitle: name((now ?? was)!), field, before, after });
    }
  };
  for (const [itemId, now] of current) compare(itemId, old.get(itemId), now);
  for (const [itemId, was] of old) if (!current.has(itemId)) compare(itemId, was, undefined);
};

const diffTexts = (from: Doc, to: Doc, texts: TextChange[]) => {
  for (const field of ROADMAP_FIELDS) {
    const before = asText(from[field]);
    const after = asText(to[field]);
    if (before !== after) texts.push({ section: field, itemId: null, itemTitle: null, field, before, after });
  }
  for (const [section, title] of Object.entries(LIST_SECTIONS)) {
    const list = (doc: Doc) => doc[section as keyof typeof LIST_SECTIONS] as unknown as Item[];
    diffItems(
      section,
      (item) => String(item.id),
      (item) => String(item[title]),
      list(from),
      list(to),
      texts,
    );
  }
  if (from.plan.summary !== to.plan.summary) {
    texts.push({
      section: 'plan',
      itemId: null,
      itemTitle: null,
      field: 'summary',
      before: asText(from.plan.summary),
      after: asText(to.plan.summary),
    });
  }
  const months = (doc: Doc) => doc.plan.months as unknown as Item[];
  diffItems(
    'plan',
    (item) => `month-${String(item.month)}`,
    (item) => `Month ${String(item.month)}: ${String(item.title)}`,
    months(from),
    months(to),
    texts,
  );
  for (const part of ['history', 'market', 'checklist'] as const) {
    const before = asText(from.closings[part]);
    const after = asText(to.closings[part]);
    if (before !== after)
      texts.push({ section: 'closings', itemId: part, itemTitle: null, field: part, before, after });
  }
};

export const diffVersions = (
  from: { number: number; document: Doc },
  to: { number: number; document: Doc },
): VersionDiff => {
  const texts: TextChange[] = [];
  const steps = diffSteps(from.document, to.document, texts);
  diffTexts(from.document, to.document, texts);
  return { from: from.number, to: to.number, steps, texts };
};

/** The counts a changelog entry shows: steps added, removed, and changed in any way (moved, renamed, texts). */
export const summaryOf = (diff: VersionDiff) => {
  const changed = new Set([
    ...diff.steps.moved.map((step) => step.id),
    ...diff.steps.renamed.map((step) => step.id),
    ...diff.texts.filter((text) => text.section === 'steps').map((text) => text.itemId),
  ]);
  return {
    stepsAdded: diff.steps.added.length,
    stepsRemoved: diff.steps.removed.length,
    stepsChanged: changed.size,
    textsChanged: diff.texts.length,
  };
};
