// The draft editor's document handling: a change at a JSON pointer, and what a save sends.
import { describe, expect, it } from 'vitest';
import { withRule } from '../../web/src/studio/problem-words.ts';
import { changedSections, fieldIdOf, getAt, moved, setAt } from '../../web/src/studio/pointer.ts';

const document = {
  slug: 'backend',
  title: 'Backend',
  plan: { summary: 'Eight months', months: [{ month: 1, title: 'Start' }] },
  steps: [
    { id: 'a', body: 'A' },
    { id: 'b', body: 'B' },
  ],
};

describe('a change at a pointer', () => {
  it('when a step body is set, then only that changes and the original is untouched', () => {
    const changed = setAt(document, '/steps/1/body', 'B, rewritten');
    expect(getAt(changed, '/steps/1/body')).toBe('B, rewritten');
    expect(getAt(changed, '/steps/0')).toBe(document.steps[0]);
    expect(document.steps[1]!.body).toBe('B');
  });

  it('when an optional key is set to undefined, then it is taken out of its object', () => {
    const changed = setAt(document, '/plan/summary', undefined) as typeof document;
    expect('summary' in changed.plan).toBe(false);
  });

  it('when a pointer has escaped characters, then its id for the field has none', () => {
    expect(fieldIdOf('/steps/2/estimatedHours')).toBe('field-steps-2-estimatedHours');
    expect(getAt({ 'a/b': { '~c': 1 } }, '/a~1b/~0c')).toBe(1);
  });

  it('when an item is moved, then the others keep their order', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
  });
});

describe('what a save sends', () => {
  it('when nothing changed, then nothing is sent', () => {
    expect(changedSections(document, structuredClone(document))).toEqual({});
  });

  it('when a step changed, then the steps are sent whole and nothing else', () => {
    const current = setAt(document, '/steps/0/body', 'A, rewritten') as Record<string, unknown>;
    expect(changedSections(document, current)).toEqual({ steps: current.steps });
  });

  it('when an object section lost a key, then the key is sent as null so the merge patch removes it', () => {
    const current = setAt(document, '/plan/summary', undefined) as Record<string, unknown>;
    expect(changedSections(document, current)).toEqual({
      plan: { summary: null, months: document.plan.months },
    });
  });

  it('when the slug differs, then it is never sent (a draft keeps its slug)', () => {
    expect(changedSections(document, { ...document, slug: 'other' })).toEqual({});
  });
});

describe('a document problem in words', () => {
  it('when the check says "must be >= 1", then the rule and its bound are read back for the sentence', () => {
    expect(withRule({ in: 'document', pointer: '/steps/0/estimatedHours', detail: 'must be >= 1' })).toMatchObject({
      code: 'minimum',
      limit: 1,
    });
  });

  it('when the message is one of its own, then it is kept as it is', () => {
    const error = { in: 'document', pointer: '/tiers/0/steps/1', detail: 'step "x" is not among the roadmap\'s steps' };
    expect(withRule(error)).toEqual(error);
  });
});
