// A fork's overlay on its upstream (docs/decisions/0034-forks.md): what its editors changed, kept apart from the
// upstream's document so a new upstream version can be taken in and the overlay laid on it again. Pure: the same
// functions build the fork's document on publish, check an overlay, and rebase it for a proposal.
import { Type, type Static } from 'typebox';
import { Id, StepContent, type RoadmapContent } from '../content/content.schemas.ts';

const Text = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description });

export const ForkOverlay = Type.Object(
  {
    title: Type.Optional(Text(200, 'The fork’s title (the upstream’s if absent)')),
    summary: Type.Optional(Text(300, 'The fork’s summary (the upstream’s if absent)')),
    hide: Type.Optional(
      Type.Array(Id, { maxItems: 500, description: 'Upstream steps learners of the fork do not see' }),
    ),
    add: Type.Optional(
      Type.Array(
        Type.Object(
          {
            step: StepContent,
            after: Type.Optional(
              Type.String({ maxLength: 80, description: 'Placed after this step (upstream or added)' }),
            ),
            tier: Type.Optional(Type.String({ maxLength: 80, description: 'Or placed first in this upstream tier' })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 200, description: 'Steps of the fork’s own, each placed after a step or at a tier’s start' },
      ),
    ),
    order: Type.Optional(
      Type.Array(
        Type.Object(
          {
            tier: Type.String({ maxLength: 80 }),
            steps: Type.Array(Type.String({ maxLength: 80 }), { minItems: 1, maxItems: 500 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100, description: 'A tier’s steps in the fork’s order: those listed first, the others after them' },
      ),
    ),
    rename: Type.Optional(
      Type.Array(
        Type.Object(
          {
            step: Type.String({ maxLength: 80 }),
            title: Type.Optional(Text(200, 'The step’s title in the fork')),
            summary: Type.Optional(Text(500, 'Its summary in the fork')),
          },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
    ),
    resources: Type.Optional(
      Type.Array(
        Type.Object(
          { step: Type.String({ maxLength: 80 }), add: Type.Array(Id, { minItems: 1, maxItems: 50 }) },
          { additionalProperties: false },
        ),
        { maxItems: 500, description: 'Resources the fork adds to upstream steps' },
      ),
    ),
    notes: Type.Optional(
      Type.Array(
        Type.Object(
          { step: Type.String({ maxLength: 80 }), note: Text(5000, 'Markdown, shown to learners below the step') },
          { additionalProperties: false },
        ),
        { maxItems: 500, description: 'The fork’s own note on upstream steps' },
      ),
    ),
  },
  { additionalProperties: false, description: 'What a fork changes on top of its upstream version' },
);
export type ForkOverlay = Static<typeof ForkOverlay>;

/** The sections of an overlay whose entries stand alone: an entry that no longer applies can be dropped by itself. */
export const OVERLAY_SECTIONS = ['hide', 'add', 'order', 'rename', 'resources', 'notes'] as const;
export type OverlaySection = (typeof OVERLAY_SECTIONS)[number];

/** One problem of an overlay against an upstream document: `pointer` is `/overlay/<section>/<index>/…`. */
export interface OverlayIssue {
  section: OverlaySection;
  index: number;
  pointer: string;
  detail: string;
}

/** How the fork's note reads under a step's body: a rule and a heading, so learners tell it from the upstream text. */
export const NOTE_HEADING = '**A note from the editors of this roadmap**';
const withNote = (body: string, note: string) => `${body}\n\n---\n\n${NOTE_HEADING}\n\n${note}`;

const upstreamSteps = (upstream: RoadmapContent) => new Set(upstream.steps.map((step) => step.id));

/**
 * Every entry of the overlay that does not fit the upstream document: hidden, renamed, annotated or ordered steps it
 * does not have, added steps whose id it has or whose place is unknown. Resource ids are checked against the
 * instance by the caller (they are not in the document).
 */
export const checkOverlay = (upstream: RoadmapContent, overlay: ForkOverlay): OverlayIssue[] => {
  const issues: OverlayIssue[] = [];
  const issue = (section: OverlaySection, index: number, rest: string, detail: string) =>
    issues.push({ section, index, pointer: `/overlay/${section}/${index}${rest}`, detail });
  const known = upstreamSteps(upstream);
  const hidden = new Set<string>();
  (overlay.hide ?? []).forEach((stepId, i) => {
    if (!known.has(stepId)) issue('hide', i, '', `"${stepId}" is not a step of the upstream`);
    else hidden.add(stepId);
  });
  const visible = new Set([...known].filter((stepId) => !hidden.has(stepId)));
  const tiers = new Set(upstream.tiers.map((tier) => tier.id));
  const added = new Set<string>();
  (overlay.add ?? []).forEach((entry, i) => {
    const id = entry.step.id;
    if (known.has(id) || added.has(id)) issue('add', i, '/step/id', `"${id}" is already a step of the fork`);
    if ((entry.after === undefined) === (entry.tier === undefined)) {
      issue('add', i, '', 'names where the step goes: either after (a step) or tier (its start), not both');
    } else if (entry.after !== undefined && !visible.has(entry.after) && !added.has(entry.after)) {
      issue('add', i, '/after', `"${entry.after}" is not a step the fork shows before this one`);
    } else if (entry.tier !== undefined && !tiers.has(entry.tier)) {
      issue('add', i, '/tier', `"${entry.tier}" is not a tier of the upstream`);
    }
    added.add(id);
  });
  const tierSteps = new Map(tierListsOf(upstream, overlay).map((tier) => [tier.id, new Set(tier.steps)]));
  (overlay.order ?? []).forEach((entry, i) => {
    const steps = tierSteps.get(entry.tier);
    if (steps === undefined) return void issue('order', i, '/tier', `"${entry.tier}" is not a tier of the fork`);
    entry.steps.forEach((stepId, j) => {
      if (!steps.has(stepId)) issue('order', i, `/steps/${j}`, `"${stepId}" is not a step of tier "${entry.tier}"`);
    });
  });
  for (const section of ['rename', 'resources', 'notes'] as const) {
    (overlay[section] ?? []).forEach((entry, i) => {
      if (!visible.has(entry.step))
        issue(section, i, '/step', `"${entry.step}" is not an upstream step the fork shows`);
    });
  }
  return issues;
};

/** The tiers with the fork's steps after hiding and adding (not yet ordered); a tier left empty is dropped. */
const tierListsOf = (upstream: RoadmapContent, overlay: ForkOverlay) => {
  const hidden = new Set(overlay.hide ?? []);
  const tiers = upstream.tiers.map((tier) => ({ ...tier, steps: tier.steps.filter((stepId) => !hidden.has(stepId)) }));
  for (const entry of overlay.add ?? []) {
    const tier = tiers.find((candidate) =>
      entry.after === undefined ? candidate.id === entry.tier : candidate.steps.includes(entry.after),
    );
    if (tier === undefined) continue;
    const at = entry.after === undefined ? 0 : tier.steps.indexOf(entry.after) + 1;
    tier.steps.splice(at, 0, entry.step.id);
  }
  return tiers.filter((tier) => tier.steps.length > 0);
};

/**
 * The roadmap learners of the fork see: the upstream document with the overlay laid on it, under the fork's slug.
 * Links to hidden steps (plan months, priorities) go with them; a month left without steps is dropped and the months
 * after it renumbered. Assumes `checkOverlay` found nothing (entries that do not fit are skipped).
 */
export const applyOverlay = (upstream: RoadmapContent, overlay: ForkOverlay, slug: string): RoadmapContent => {
  const tiers = tierListsOf(upstream, overlay).map((tier) => {
    const order = overlay.order?.find((entry) => entry.tier === tier.id);
    if (order === undefined) return tier;
    const first = order.steps.filter((stepId) => tier.steps.includes(stepId));
    return { ...tier, steps: [...first, ...tier.steps.filter((stepId) => !first.includes(stepId))] };
  });
  const byId = new Map<string, StepContent>([
    ...upstream.steps.map((step) => [step.id, { ...step }] as const),
    ...(overlay.add ?? []).map((entry) => [entry.step.id, { ...entry.step }] as const),
  ]);
  for (const { step, title, summary } of overlay.rename ?? []) {
    const target = byId.get(step);
    if (target === undefined) continue;
    if (title !== undefined) target.title = title;
    if (summary !== undefined) target.summary = summary;
  }
  for (const { step, add } of overlay.resources ?? []) {
    const target = byId.get(step);
    if (target !== undefined) target.resources = [...new Set([...target.resources, ...add])];
  }
  for (const { step, note } of overlay.notes ?? []) {
    const target = byId.get(step);
    if (target !== undefined) target.body = withNote(target.body, note);
  }
  const shown = new Set(tiers.flatMap((tier) => tier.steps));
  const months = upstream.plan.months
    .map((month) => ({ ...month, steps: month.steps.filter((stepId) => shown.has(stepId)) }))
    .filter((month) => month.steps.length > 0)
    .map((month, index) => ({ ...month, month: index + 1 }));
  return {
    ...upstream,
    slug,
    title: overlay.title ?? upstream.title,
    summary: overlay.summary ?? upstream.summary,
    tiers,
    steps: tiers.flatMap((tier) => tier.steps.map((stepId) => byId.get(stepId)!)),
    plan: { ...upstream.plan, months },
    priorities: upstream.priorities.map((priority) =>
      priority.steps === undefined ? priority : { ...priority, steps: priority.steps.filter((s) => shown.has(s)) },
    ),
  };
};

/** An overlay entry that no longer fits a new upstream version, and why. */
export interface DroppedEntry {
  pointer: string;
  entry: unknown;
  detail: string;
}

/**
 * The overlay made to fit a new upstream version: the entries that no longer apply (a hidden step upstream removed,
 * a step added after one upstream removed, …) are dropped and listed. Dropping one can unsettle another (a step
 * added after a dropped added step), so it checks again until nothing is left to drop. Pointers name the entries as
 * they were in the overlay given.
 */
export const rebaseOverlay = (
  upstream: RoadmapContent,
  overlay: ForkOverlay,
): { overlay: ForkOverlay; dropped: DroppedEntry[] } => {
  const dropped: DroppedEntry[] = [];
  // Each entry keeps its index in the overlay given, so every pointer names what the editor wrote.
  const remaining = new Map(
    OVERLAY_SECTIONS.map((section) => [
      section,
      ((overlay[section] ?? []) as unknown[]).map((entry, index) => ({ entry, index })),
    ]),
  );
  const current = (): ForkOverlay => ({
    ...overlay,
    ...Object.fromEntries(
      OVERLAY_SECTIONS.filter((section) => overlay[section] !== undefined).map((section) => [
        section,
        remaining.get(section)!.map((item) => item.entry),
      ]),
    ),
  });
  for (let issues = checkOverlay(upstream, current()); issues.length > 0; issues = checkOverlay(upstream, current())) {
    const drop = new Map<OverlaySection, Set<number>>();
    for (const issue of issues) drop.set(issue.section, (drop.get(issue.section) ?? new Set()).add(issue.index));
    for (const [section, positions] of drop) {
      const items = remaining.get(section)!;
      items.forEach((item, position) => {
        if (!positions.has(position)) return;
        const issue = issues.find((candidate) => candidate.section === section && candidate.index === position)!;
        dropped.push({
          pointer: `/overlay/${section}/${item.index}`,
          entry: item.entry,
          detail: issue.detail,
        });
      });
      remaining.set(
        section,
        items.filter((_item, position) => !positions.has(position)),
      );
    }
  }
  return { overlay: current(), dropped: dropped.sort((a, b) => a.pointer.localeCompare(b.pointer)) };
};
