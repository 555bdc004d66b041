// A fork following its upstream's step mapping: the mappings of several versions composed into one, the overlay's
// entries moved to the successors, and the mapping the fork's learners' progress is carried along.
import { describe, expect, it } from 'vitest';
import type { RoadmapContent, StepContent } from '../../src/modules/content/content.schemas.ts';
import { emptyRoadmap } from '../../src/modules/drafts/empty-roadmap.ts';
import {
  composeStepMappings,
  followMapping,
  forkMappingOf,
  type UpstreamVersion,
} from '../../src/modules/forks/fork-mapping.ts';
import { entriesOf } from '../../src/modules/versions/version-mapping.ts';
import type { StepMappingEntry } from '../../src/modules/versions/step-mapping.ts';

const step = (id: string): StepContent => ({
  id,
  title: `Step ${id}`,
  summary: `About ${id}.`,
  topics: [],
  estimatedHours: 2,
  resources: [],
  body: `The body of ${id}.`,
});

/** A document whose tiers hold these steps, in order. */
const doc = (tiers: Record<string, string[]>): RoadmapContent => ({
  ...emptyRoadmap('upstream', '2026-01-01'),
  tiers: Object.entries(tiers).map(([id, steps]) => ({ id, title: id, summary: `Tier ${id}.`, steps })),
  steps: Object.values(tiers).flatMap((steps) => steps.map(step)),
});

const version = (number: number, tiers: Record<string, string[]>, stepMapping: StepMappingEntry[] = []) =>
  ({ number, document: doc(tiers), stepMapping }) satisfies UpstreamVersion;

const plain = (mapping: ReturnType<typeof composeStepMappings>) => ({
  successors: Object.fromEntries(mapping.successors),
  retired: [...mapping.retired].sort(),
});

describe('composing the upstream’s mappings', () => {
  it('when a step is merged into one that is split in the next version, then it ends at the parts; unchanged steps are not listed', () => {
    const composed = composeStepMappings([
      version(1, { one: ['a', 'b', 'c'] }),
      version(2, { one: ['b', 'c'] }, [{ from: 'a', to: ['b'] }]),
      version(3, { one: ['b1', 'b2', 'c'] }, [{ from: 'b', to: ['b1', 'b2'] }]),
    ]);

    expect(plain(composed)).toEqual({ successors: { a: ['b1', 'b2'], b: ['b1', 'b2'] }, retired: [] });
  });

  it('when a step is retired on the way, then it is retired; a branch retired next to one that goes on ends at the other', () => {
    const composed = composeStepMappings([
      version(1, { one: ['a', 'b', 'c'] }),
      version(2, { one: ['a1', 'a2', 'b', 'c'] }, [{ from: 'a', to: ['a1', 'a2'] }]),
      version(3, { one: ['a2', 'c'] }, [
        { from: 'a1', retire: true },
        { from: 'b', retire: true },
      ]),
    ]);

    expect(plain(composed)).toEqual({ successors: { a: ['a2'] }, retired: ['b'] });
  });

  it('when a step is removed without a mapping, then it is in neither list (its learners are unaccounted for)', () => {
    const composed = composeStepMappings([version(1, { one: ['a', 'b'] }), version(2, { one: ['b'] })]);

    expect(plain(composed)).toEqual({ successors: {}, retired: [] });
  });
});

describe('moving the overlay along the mapping', () => {
  const from = doc({ one: ['a', 'b', 'c'], two: ['d', 'e'] });

  it('when two noted steps merge into one with a note of its own, then the notes are joined after the fork’s own one, and resources united', () => {
    const to = doc({ one: ['c'], two: ['d', 'e'] });
    const composed = composeStepMappings([
      { number: 1, document: from, stepMapping: [] },
      {
        number: 2,
        document: to,
        stepMapping: [
          { from: 'a', to: ['c'] },
          { from: 'b', to: ['c'] },
        ],
      },
    ]);

    const followed = followMapping(
      {
        notes: [
          { step: 'a', note: 'On a.' },
          { step: 'c', note: 'On c.' },
          { step: 'b', note: 'On b.' },
        ],
        resources: [
          { step: 'a', add: ['r1', 'r2'] },
          { step: 'b', add: ['r2', 'r3'] },
        ],
      },
      composed,
      from,
      to,
    ).overlay;

    expect(followed.notes).toEqual([{ step: 'c', note: 'On c.\n\nOn a.\n\nOn b.' }]);
    expect(followed.resources).toEqual([{ step: 'c', add: ['r1', 'r2', 'r3'] }]);
  });

  it('when a joined note would pass the length a note holds, then the note that does not fit stays on its removed step', () => {
    const to = doc({ one: ['c'], two: ['d', 'e'] });
    const composed = composeStepMappings([
      { number: 1, document: from, stepMapping: [] },
      { number: 2, document: to, stepMapping: [{ from: 'a', to: ['c'] }] },
    ]);
    const long = 'x'.repeat(4000);

    const followed = followMapping(
      {
        notes: [
          { step: 'c', note: long },
          { step: 'a', note: long },
        ],
      },
      composed,
      from,
      to,
    ).overlay;

    expect(followed.notes).toEqual([
      { step: 'c', note: long },
      { step: 'a', note: long },
    ]);
  });

  it('when a step is split, then its place in an order goes to the parts in that tier, a step added after it follows the last part, and its rename stays behind', () => {
    const to = doc({ one: ['a1', 'b', 'c'], two: ['a2', 'd', 'e'] });
    const composed = composeStepMappings([
      { number: 1, document: from, stepMapping: [] },
      { number: 2, document: to, stepMapping: [{ from: 'a', to: ['a1', 'a2'] }] },
    ]);

    const followed = followMapping(
      {
        order: [{ tier: 'one', steps: ['c', 'a'] }],
        add: [{ step: step('x'), after: 'a' }],
        rename: [{ step: 'a', title: 'Our a' }],
      },
      composed,
      from,
      to,
    ).overlay;

    expect(followed.order).toEqual([{ tier: 'one', steps: ['c', 'a1'] }]);
    expect(followed.add![0]!.after).toBe('a2');
    expect(followed.rename).toEqual([{ step: 'a', title: 'Our a' }]);
  });

  it('when two steps merge into a new one, then the first rename follows it and the second stays behind', () => {
    const to = doc({ one: ['ab', 'c'], two: ['d', 'e'] });
    const composed = composeStepMappings([
      { number: 1, document: from, stepMapping: [] },
      {
        number: 2,
        document: to,
        stepMapping: [
          { from: 'a', to: ['ab'] },
          { from: 'b', to: ['ab'] },
        ],
      },
    ]);

    const followed = followMapping(
      {
        rename: [
          { step: 'a', title: 'Our a' },
          { step: 'b', title: 'Our b' },
        ],
      },
      composed,
      from,
      to,
    ).overlay;

    expect(followed.rename).toEqual([
      { step: 'ab', title: 'Our a' },
      { step: 'b', title: 'Our b' },
    ]);
  });
});

describe('the mapping the fork’s learners’ progress follows', () => {
  it('when the fork shows only some successors, then progress goes to those; a removed step whose successors are all hidden is left out; a retired step is retired', () => {
    const composed = {
      successors: new Map([
        ['a', ['a1', 'a2']],
        ['b', ['b1']],
      ]),
      retired: new Set(['c']),
    };
    const forkDocument = doc({ one: ['a2', 'own', 'd'] });

    const mapping = forkMappingOf(composed, ['a', 'b', 'c', 'own', 'd'], forkDocument);

    expect(entriesOf(mapping)).toEqual([
      { from: 'a', to: ['a2'] },
      { from: 'c', retire: true },
    ]);
  });
});
