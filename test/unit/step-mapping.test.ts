import { describe, expect, it } from 'vitest';
import type { RoadmapContent } from '../../src/modules/content/content.schemas.ts';
import { ValidationError } from '../../src/lib/errors.ts';
import { resolveChecklistMapping, type ChecklistMappingEntry } from '../../src/modules/versions/checklist-mapping.ts';
import { resolveStepMapping, type StepMappingEntry } from '../../src/modules/versions/step-mapping.ts';

// Only the step ids of the new document matter to the mapping.
const next = (...ids: string[]) => ({ steps: ids.map((id) => ({ id })) }) as unknown as RoadmapContent;

const refusal = (previous: string[], doc: RoadmapContent, mapping: StepMappingEntry[]) => {
  try {
    resolveStepMapping(previous, doc, mapping);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errors!.map(({ pointer, detail }) => ({ pointer, detail }));
  }
  throw new Error('the mapping was accepted');
};

describe('resolveStepMapping', () => {
  it('when a removed step is split into two new ones, then both are its successors', () => {
    const resolved = resolveStepMapping(['a', 'git'], next('a', 'git-basics', 'git-branches'), [
      { from: 'git', to: ['git-basics', 'git-branches'] },
    ]);
    expect(resolved.successors).toEqual(new Map([['git', ['git-basics', 'git-branches']]]));
    expect(resolved.retired.size).toBe(0);
  });

  it('when two removed steps are merged into one, then each has it as its successor', () => {
    const resolved = resolveStepMapping(['html', 'css', 'x'], next('x', 'web'), [
      { from: 'html', to: ['web'] },
      { from: 'css', to: ['web'] },
    ]);
    expect(resolved.successors).toEqual(
      new Map([
        ['html', ['web']],
        ['css', ['web']],
      ]),
    );
  });

  it('when a removed step maps to another removed step that maps on, then the chain ends at the new document', () => {
    const resolved = resolveStepMapping(['a', 'b', 'c'], next('c', 'd'), [
      { from: 'a', to: ['b', 'c'] },
      { from: 'b', to: ['d'] },
    ]);
    expect(resolved.successors.get('a')).toEqual(['d', 'c']);
    expect(resolved.successors.get('b')).toEqual(['d']);
  });

  it('when a kept step is split, then it may name itself among its successors', () => {
    const resolved = resolveStepMapping(['git'], next('git', 'git-branches'), [
      { from: 'git', to: ['git', 'git-branches'] },
    ]);
    expect(resolved.successors.get('git')).toEqual(['git', 'git-branches']);
  });

  it('when a step is retired, then it is in retired and has no successors', () => {
    const resolved = resolveStepMapping(['old', 'a'], next('a'), [{ from: 'old', retire: true }]);
    expect(resolved.retired).toEqual(new Set(['old']));
    expect(resolved.successors.size).toBe(0);
  });

  it('when removed steps map to each other in a cycle, then the refusal names the `to` that closes it', () => {
    expect(
      refusal(['a', 'b', 'c'], next('c'), [
        { from: 'a', to: ['b'] },
        { from: 'b', to: ['a'] },
      ]),
    ).toEqual([{ pointer: '/mapping/1/to/0', detail: 'makes a cycle: a → b → a' }]);
  });

  it('when `from` is not a step of the published roadmap, then the refusal names /mapping/i/from', () => {
    expect(refusal(['a'], next('b'), [{ from: 'nope', to: ['b'] }])).toEqual([
      { pointer: '/mapping/0/from', detail: 'is not a step of the published roadmap: "nope"' },
    ]);
  });

  it('when `to` is not a step of the new document, then the refusal names /mapping/i/to/j', () => {
    expect(refusal(['a'], next('b'), [{ from: 'a', to: ['b', 'nope'] }])).toEqual([
      { pointer: '/mapping/0/to/1', detail: 'is not a step of the new version: "nope"' },
    ]);
  });

  it('when `to` names a removed step that is not mapped on, then the refusal says it is removed', () => {
    expect(refusal(['a', 'b'], next('c'), [{ from: 'a', to: ['b'] }])).toEqual([
      { pointer: '/mapping/0/to/0', detail: '"b" is removed by this version and not mapped on' },
    ]);
  });

  it('when `to` names a retired step, then the refusal says to map to its successors', () => {
    expect(
      refusal(['a', 'b'], next('c'), [
        { from: 'a', to: ['b'] },
        { from: 'b', retire: true },
      ]),
    ).toEqual([{ pointer: '/mapping/0/to/0', detail: '"b" is retired by this version: map to its successors' }]);
  });

  it('when the same step is mapped twice, then the refusal names the second entry', () => {
    expect(
      refusal(['a'], next('b', 'c'), [
        { from: 'a', to: ['b'] },
        { from: 'a', to: ['c'] },
      ]),
    ).toEqual([{ pointer: '/mapping/1/from', detail: '"a" is already mapped or retired by /mapping/0' }]);
  });

  it('when a step is both retired and mapped, then the refusal names the second entry', () => {
    expect(
      refusal(['a'], next('b'), [
        { from: 'a', retire: true },
        { from: 'a', to: ['b'] },
      ]),
    ).toEqual([{ pointer: '/mapping/1/from', detail: '"a" is already mapped or retired by /mapping/0' }]);
  });

  it('when a step the new document keeps is retired, then the refusal says only a removed step retires', () => {
    expect(refusal(['a'], next('a'), [{ from: 'a', retire: true }])).toEqual([
      { pointer: '/mapping/0/from', detail: '"a" is still a step of the new version: only a removed step retires' },
    ]);
  });
});

describe('resolveChecklistMapping', () => {
  // Only the checklist item ids of the new document matter to it.
  const withItems = (...ids: string[]) => ({ checklist: ids.map((id) => ({ id })) }) as unknown as RoadmapContent;
  const checklistRefusal = (previous: string[], doc: RoadmapContent, mapping: ChecklistMappingEntry[]) => {
    try {
      resolveChecklistMapping(previous, doc, mapping);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).errors!.map(({ pointer, detail }) => ({ pointer, detail }));
    }
    throw new Error('the mapping was accepted');
  };

  it('when a removed item is split and another retired, then it resolves against the checklist, not the steps', () => {
    const resolved = resolveChecklistMapping(['api', 'old'], withItems('api-rest', 'api-auth'), [
      { from: 'api', to: ['api-rest', 'api-auth'] },
      { from: 'old', retire: true },
    ]);
    expect(resolved.successors).toEqual(new Map([['api', ['api-rest', 'api-auth']]]));
    expect(resolved.retired).toEqual(new Set(['old']));
  });

  it('when it names an unknown item or closes a cycle, then the refusal points into /checklistMapping', () => {
    expect(checklistRefusal(['a'], withItems('b'), [{ from: 'a', to: ['nope'] }])).toEqual([
      { pointer: '/checklistMapping/0/to/0', detail: 'is not a checklist item of the new version: "nope"' },
    ]);
    expect(
      checklistRefusal(['a', 'b'], withItems('c'), [
        { from: 'a', to: ['b'] },
        { from: 'b', to: ['a'] },
      ]),
    ).toEqual([{ pointer: '/checklistMapping/1/to/0', detail: 'makes a cycle: a → b → a' }]);
  });
});
