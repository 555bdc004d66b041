// The fork's overlay laid on an upstream document, checked against it, and rebased onto a new upstream version.
import { describe, expect, it } from 'vitest';
import type { RoadmapContent, StepContent } from '../../src/modules/content/content.schemas.ts';
import { emptyRoadmap } from '../../src/modules/drafts/empty-roadmap.ts';
import {
  applyOverlay,
  checkOverlay,
  NOTE_HEADING,
  rebaseOverlay,
  type ForkOverlay,
} from '../../src/modules/forks/fork-overlay.ts';
import { touchesOf } from '../../src/modules/forks/fork-touches.ts';
import { diffVersions } from '../../src/modules/versions/version-diff.ts';

const step = (id: string, extra: Partial<StepContent> = {}): StepContent => ({
  id,
  title: `Step ${id}`,
  summary: `About ${id}.`,
  topics: [],
  estimatedHours: 2,
  resources: [],
  body: `The body of ${id}.`,
  ...extra,
});

/** Tier "one" has a, b, c; tier "two" has d, e. The plan's month 1 is a and b, month 2 is d. */
const upstream = (): RoadmapContent => {
  const base = emptyRoadmap('upstream', '2026-01-01');
  return {
    ...base,
    tiers: [
      { id: 'one', title: 'One', summary: 'First.', steps: ['a', 'b', 'c'] },
      { id: 'two', title: 'Two', summary: 'Second.', steps: ['d', 'e'] },
    ],
    steps: ['a', 'b', 'c', 'd', 'e'].map((id) => step(id)),
    plan: {
      months: [
        { ...base.plan.months[0]!, month: 1, steps: ['a', 'b'] },
        { ...base.plan.months[0]!, month: 2, steps: ['d'] },
      ],
    },
  };
};
const ids = (doc: RoadmapContent) => doc.tiers.map((tier) => `${tier.id}:${tier.steps.join(',')}`);

describe('laying an overlay on the upstream', () => {
  it('when the overlay is empty, then the fork is the upstream under its own slug', () => {
    const fork = applyOverlay(upstream(), {}, 'our-fork');

    expect(fork).toEqual({ ...upstream(), slug: 'our-fork' });
  });

  it('when steps are hidden, added, ordered, renamed, given resources and notes, then the fork shows all of it', () => {
    const overlay: ForkOverlay = {
      title: 'Our path',
      hide: ['b', 'd'],
      add: [
        { step: step('x'), after: 'a' },
        { step: step('y'), tier: 'two' },
        { step: step('z'), after: 'x' },
      ],
      order: [{ tier: 'one', steps: ['c'] }],
      rename: [{ step: 'a', title: 'Our first step' }],
      resources: [{ step: 'e', add: ['res-1', 'res-1'] }],
      notes: [{ step: 'c', note: 'We do this on our own servers.' }],
    };
    expect(checkOverlay(upstream(), overlay)).toEqual([]);

    const fork = applyOverlay(upstream(), overlay, 'our-fork');

    expect(fork.title).toBe('Our path');
    expect(ids(fork)).toEqual(['one:c,a,x,z', 'two:y,e']);
    expect(fork.steps.map((s) => s.id)).toEqual(['c', 'a', 'x', 'z', 'y', 'e']);
    expect(fork.steps.find((s) => s.id === 'a')!.title).toBe('Our first step');
    expect(fork.steps.find((s) => s.id === 'e')!.resources).toEqual(['res-1']);
    expect(fork.steps.find((s) => s.id === 'c')!.body).toBe(
      `The body of c.\n\n---\n\n${NOTE_HEADING}\n\nWe do this on our own servers.`,
    );
    expect(fork.plan.months.map((m) => [m.month, m.steps])).toEqual([[1, ['a']]]);
  });

  it('when every step of a tier is hidden, then the tier goes too', () => {
    const fork = applyOverlay(upstream(), { hide: ['d', 'e'] }, 'our-fork');

    expect(ids(fork)).toEqual(['one:a,b,c']);
  });
});

describe('checking an overlay', () => {
  it('when entries name steps or tiers the upstream does not have, then each is named by its pointer', () => {
    const issues = checkOverlay(upstream(), {
      hide: ['a', 'nope'],
      add: [
        { step: step('b'), after: 'a' },
        { step: step('x'), after: 'a', tier: 'one' },
        { step: step('y'), tier: 'three' },
        { step: step('w'), after: 'gone' },
      ],
      order: [{ tier: 'one', steps: ['c', 'd'] }],
      rename: [{ step: 'a', title: 'Hidden' }],
      notes: [{ step: 'zz', note: 'Nothing.' }],
    });

    expect(issues.map((issue) => issue.pointer)).toEqual([
      '/overlay/hide/1',
      '/overlay/add/0/step/id',
      '/overlay/add/0/after',
      '/overlay/add/1',
      '/overlay/add/2/tier',
      '/overlay/add/3/after',
      '/overlay/order/0/steps/1',
      '/overlay/rename/0/step',
      '/overlay/notes/0/step',
    ]);
  });
});

describe('rebasing an overlay onto a new upstream version', () => {
  const next = (): RoadmapContent => {
    const doc = upstream();
    return {
      ...doc,
      tiers: [{ ...doc.tiers[0]!, steps: ['a', 'c'] }, doc.tiers[1]!],
      steps: doc.steps
        .filter((s) => s.id !== 'b')
        .map((s) => (s.id === 'c' ? { ...s, title: 'Step c, renamed upstream', body: 'A new body.' } : s)),
      plan: { months: doc.plan.months.map((m) => ({ ...m, steps: m.steps.filter((id) => id !== 'b') })) },
    };
  };

  it('when upstream removed a hidden step and the step an added one follows, then those entries are dropped and listed, and the touches say why', () => {
    const overlay: ForkOverlay = {
      hide: ['b', 'e'],
      add: [
        { step: step('x'), after: 'b' },
        { step: step('z'), after: 'x' },
        { step: step('y'), tier: 'two' },
      ],
      rename: [{ step: 'c', title: 'Our c' }],
      notes: [{ step: 'c', note: 'Ours.' }],
    };

    const rebased = rebaseOverlay(next(), overlay);
    const touches = touchesOf(
      diffVersions({ number: 1, document: upstream() }, { number: 2, document: next() }),
      overlay,
    );

    expect(rebased.dropped.map((entry) => entry.pointer)).toEqual([
      '/overlay/add/0',
      '/overlay/add/1',
      '/overlay/hide/0',
    ]);
    expect(rebased.overlay).toEqual({ ...overlay, hide: ['e'], add: [overlay.add![2]] });
    expect(checkOverlay(next(), rebased.overlay)).toEqual([]);
    expect(touches.map((t) => [t.pointer, t.detail])).toEqual([
      ['/overlay/hide/0', 'upstream removed this hidden step'],
      ['/overlay/add/0/after', 'upstream removed "b", the step this one follows'],
      ['/overlay/rename/0', 'upstream renamed it too, to "Step c, renamed upstream"'],
      ['/overlay/notes/0', 'upstream rewrote the body the note follows'],
    ]);
  });
});
