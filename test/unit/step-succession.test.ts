import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import type { RoadmapContent } from '../../src/modules/content/content.schemas.ts';
import { applicableMapping, namesOfNoStep, type FileStepMapping } from '../../src/modules/content/step-succession.ts';
import { copyFixtureContent, issuesOf, type FixtureCopy } from '../support/content-fixture.ts';
import { roadmapCopy } from '../support/roadmap-shapes.ts';

let content: FixtureCopy;
let gamma: Awaited<ReturnType<typeof roadmapCopy>>;
beforeEach(async () => {
  content = await copyFixtureContent();
  gamma = await roadmapCopy(content, 'gamma');
});
afterEach(() => content.cleanup());

const gammaOf = async () => {
  const bundle = await loadContent(content.dir);
  return {
    roadmap: bundle.roadmaps.find((roadmap) => roadmap.slug === 'gamma')!,
    mapping: bundle.stepMappings.get('gamma')!,
  };
};

describe('reading replaces: and retired:', () => {
  it('when two steps replace one and one step replaces two, then they become a split and a merge', async () => {
    await gamma.shape(
      [
        { id: 'git-basics', replaces: ['git'] },
        { id: 'git-branches', replaces: ['git'] },
        { id: 'web', replaces: ['html', 'css'] },
      ],
      ['flash'],
    );

    const { roadmap, mapping } = await gammaOf();

    expect(mapping.entries).toEqual([
      { from: 'git', to: ['git-basics', 'git-branches'] },
      { from: 'html', to: ['web'] },
      { from: 'css', to: ['web'] },
      { from: 'flash', retire: true },
    ]);
    expect(mapping.namedAt.get('css')).toEqual([{ file: 'roadmaps/gamma/steps/web.md', pointer: '/replaces/1' }]);
    expect(mapping.namedAt.get('flash')).toEqual([{ file: 'roadmaps/gamma/roadmap.yaml', pointer: '/retired/0' }]);
    // The roadmap as content (drafts, versions, exports) has neither field: they are about the change.
    expect(roadmap.steps.find((step) => step.id === 'web')).not.toHaveProperty('replaces');
    expect(roadmap).not.toHaveProperty('retired');
  });

  it('when a roadmap has neither, then its mapping is empty', async () => {
    expect((await gammaOf()).mapping.entries).toEqual([]);
  });
});

describe('refusing replaces: and retired: that cannot be right', () => {
  it('when a step replaces itself, then the error names its file and the field', async () => {
    await gamma.shape([{ id: 'a-two', replaces: ['a-two'] }]);

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/gamma/steps/a-two.md',
      pointer: '/replaces/0',
      message: 'a step does not replace itself',
    });
  });

  it('when steps of the roadmap replace one another, then the cycle is named where it closes', async () => {
    await gamma.shape([
      { id: 'a-two', replaces: ['a-three'] },
      { id: 'a-three', replaces: ['a-two'] },
    ]);

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/gamma/steps/a-three.md',
      pointer: '/replaces/0',
      message: 'makes a cycle: a-two → a-three → a-two replace one another',
    });
  });

  it('when retired: names a step the roadmap still has, or one a step replaces, then each is named', async () => {
    await gamma.shape([{ id: 'a-two', replaces: ['old'] }], ['a-two', 'old']);

    const issues = await issuesOf(content.dir);

    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'roadmaps/gamma/roadmap.yaml', pointer: '/retired/0' }),
    );
    expect(issues).toContainEqual({
      file: 'roadmaps/gamma/roadmap.yaml',
      pointer: '/retired/1',
      message: '"old" is also replaced (in roadmaps/gamma/steps/a-two.md): a step is either replaced or retired',
    });
  });

  it('when replaces: names an id twice or one that is no id, then the schema error names the field', async () => {
    await gamma.shape([
      { id: 'a-two', replaces: ['old', 'old'] },
      { id: 'a-three', replaces: ['Not An Id'] },
    ]);

    const issues = await issuesOf(content.dir);

    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'roadmaps/gamma/steps/a-two.md', pointer: '/replaces' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'roadmaps/gamma/steps/a-three.md', pointer: '/replaces/0' }),
    );
  });
});

describe('the part of the mapping an import applies', () => {
  const next = (...ids: string[]) => ({ steps: ids.map((id) => ({ id })) }) as unknown as RoadmapContent;
  const mapping = (entries: FileStepMapping['entries']): FileStepMapping => ({
    entries,
    namedAt: new Map(entries.map((entry) => [entry.from, [{ file: 'f', pointer: '/p' }]])),
  });

  it('when an old id is not a step of the version being replaced, then it is history and left out', () => {
    const files = mapping([
      { from: 'git', to: ['git-basics'] },
      { from: 'ancient', to: ['git-basics'] },
      { from: 'gone-long-ago', retire: true },
    ]);

    expect(applicableMapping(files, ['git', 'x'], next('git-basics', 'x'))).toEqual([
      { from: 'git', to: ['git-basics'] },
    ]);
    expect(namesOfNoStep(files, ['git', 'x']).map(([old]) => old)).toEqual(['ancient', 'gone-long-ago']);
  });

  it('when a kept step is replaced by a new step, then it is split keeping its id; by an old step, never', () => {
    const files = mapping([{ from: 'git', to: ['git-branches', 'x'] }]);

    expect(applicableMapping(files, ['git', 'x'], next('git', 'git-branches', 'x'))).toEqual([
      { from: 'git', to: ['git', 'git-branches'] },
    ]);
    // The next import, with the same files: the split is history.
    expect(applicableMapping(files, ['git', 'git-branches', 'x'], next('git', 'git-branches', 'x'))).toEqual([]);
  });
});
