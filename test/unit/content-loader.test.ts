import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, loadContent } from '../../src/modules/content/content.loader.ts';
import { copyFixtureContent, FIXTURE_CONTENT, issuesOf, type FixtureCopy } from '../support/content-fixture.ts';

let content: FixtureCopy;
beforeEach(async () => {
  content = await copyFixtureContent();
});
afterEach(() => content.cleanup());

describe('loading valid content', () => {
  it('when the shipped Backend roadmap is loaded, then it validates with 15 steps', async () => {
    const bundle = await loadContent('content');

    const backend = bundle.roadmaps.find((roadmap) => roadmap.slug === 'backend-developer');
    expect(backend?.steps).toHaveLength(15);
    expect(bundle.resources.length).toBeGreaterThanOrEqual(30);
    expect(new Set(bundle.resources.map((resource) => resource.type)).size).toBe(8);
  });

  it('when the shipped Frontend roadmap is loaded, then it has 16 steps in four tiers and shares steps with Backend', async () => {
    const bundle = await loadContent('content');

    const frontend = bundle.roadmaps.find((roadmap) => roadmap.slug === 'frontend-developer');
    const backend = bundle.roadmaps.find((roadmap) => roadmap.slug === 'backend-developer');
    expect(frontend?.tiers.map((tier) => tier.steps.length)).toEqual([5, 4, 4, 3]);
    expect(frontend?.edition).toEqual({ year: 2026, updated: '2026-12-02' });
    const backendSteps = new Set(backend?.steps.map((step) => step.id));
    expect(frontend?.steps.map((step) => step.id).filter((id) => backendSteps.has(id))).toEqual([
      'how-the-web-works',
      'git-and-the-terminal',
      'portfolio-projects',
    ]);
    expect(frontend?.alternatives?.map((path) => path.roadmap).filter(Boolean)).toEqual([
      'backend-developer',
      'devops-engineer',
    ]);
  });

  it('when the shipped DevOps roadmap is loaded, then it has every section and shares step ids with Backend', async () => {
    const bundle = await loadContent('content');

    const devops = bundle.roadmaps.find((roadmap) => roadmap.slug === 'devops-engineer')!;
    const backend = bundle.roadmaps.find((roadmap) => roadmap.slug === 'backend-developer')!;
    expect(devops.tiers).toHaveLength(4);
    expect(devops.steps).toHaveLength(15);
    expect(devops).toMatchObject({ role: 'devops engineer', level: 'beginner', edition: { year: 2026 } });
    expect(Object.keys(devops.closings ?? {}).sort()).toEqual(['checklist', 'history', 'market']);
    expect(devops.alternatives?.map((path) => path.roadmap)).toEqual(
      expect.arrayContaining(['backend-developer', 'frontend-developer']),
    );
    const backendIds = new Set(backend.steps.map((step) => step.id));
    expect(devops.steps.filter((step) => backendIds.has(step.id)).map((step) => step.id)).toEqual([
      'git-and-the-terminal',
      'how-the-web-works',
      'docker-and-containers',
      'ci-cd-pipelines',
      'portfolio-projects',
    ]);
  });

  it('when the fixture is loaded, then steps come in tier order with their Markdown bodies', async () => {
    const bundle = await loadContent(FIXTURE_CONTENT);

    const alpha = bundle.roadmaps.find((roadmap) => roadmap.slug === 'alpha')!;
    expect(alpha.steps.map((step) => step.id)).toEqual(['a-one', 'a-two']);
    expect(alpha.steps[0]!.body).toMatch(/^## Why it matters/);
    expect(alpha.license).toBe('CC-BY-SA-4.0');
  });

  it('when the same files are loaded twice, then the hash is the same; when one changes, it differs', async () => {
    const first = await loadContent(content.dir);
    const again = await loadContent(content.dir);
    await content.edit('roadmaps/beta/steps/b-one.md', (text) => text.replace('Read it twice.', 'Read it once.'));
    const changed = await loadContent(content.dir);

    expect(again.hash).toBe(first.hash);
    expect(changed.hash).not.toBe(first.hash);
  });

  it('when only the hash is asked for, then it is the hash a full load reports', async () => {
    expect(await contentHash(content.dir)).toBe((await loadContent(content.dir)).hash);
    expect(await contentHash('content')).toBe((await loadContent('content')).hash);
  });
});

describe('rejecting broken content', () => {
  it('when a required field is missing, then the error names the file and the field', async () => {
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) => text.replace(/^title: Alpha roadmap\n/m, ''));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/alpha/roadmap.yaml',
      pointer: '',
      message: 'missing field(s): title',
    });
  });

  it('when a step file lacks a field, then the error names the step file', async () => {
    await content.edit('roadmaps/alpha/steps/a-two.md', (text) => text.replace(/^estimatedHours: 6\n/m, ''));

    expect(await issuesOf(content.dir)).toContainEqual(
      expect.objectContaining({ file: 'roadmaps/alpha/steps/a-two.md', message: 'missing field(s): estimatedHours' }),
    );
  });

  it('when two challenges share an id, then the error points at the second', async () => {
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text.replace(
        'challenges:\n',
        'challenges:\n  - id: boredom\n    title: Again\n    symptoms: Same id.\n    remedy: Rename it.\n',
      ),
    );

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/alpha/roadmap.yaml',
      pointer: '/challenges/1/id',
      message: 'duplicate id "boredom"',
    });
  });

  it('when two resource files use one id, then the error names the second file and the first', async () => {
    await content.write(
      'resources/more.yaml',
      'resources:\n  - id: queue-book\n    type: book\n    title: Twin\n    url: https://example.org/twin\n' +
        '    description: Same id.\n    free: true\n    topics: []\n',
    );

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'resources/more.yaml',
      pointer: '/resources/0/id',
      message: 'duplicate resource id "queue-book" (first in resources/basics.yaml)',
    });
  });

  it('when the plan links to a step that does not exist, then the error points at the link', async () => {
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text.replace('steps: [a-two]\npriorities', 'steps: [a-three]\npriorities'),
    );

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/alpha/roadmap.yaml',
      pointer: '/plan/months/1/steps/0',
      message: 'links to unknown step "a-three"',
    });
  });

  it('when a tier names a step with no file, then the error says which file is missing', async () => {
    await content.remove('roadmaps/alpha/steps/a-two.md');

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/alpha/roadmap.yaml',
      pointer: '/tiers/0/steps/1',
      message: 'step "a-two" has no file steps/a-two.md',
    });
  });

  it('when a step file is in no tier, then the error names the file', async () => {
    await content.write(
      'roadmaps/beta/steps/b-two.md',
      '---\nid: b-two\ntitle: Lost\nsummary: Nowhere.\ntopics: []\nestimatedHours: 1\nresources: []\n---\nBody.\n',
    );

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/beta/steps/b-two.md',
      pointer: '',
      message: 'step "b-two" is not placed in any tier of roadmap.yaml',
    });
  });

  it('when a step links to an unknown resource, then the error points at the link in the step file', async () => {
    await content.edit('roadmaps/beta/steps/b-one.md', (text) =>
      text.replace('[http-overview]', '[http-overview, nope]'),
    );

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/beta/steps/b-one.md',
      pointer: '/resources/1',
      message: 'links to unknown resource "nope"',
    });
  });

  it('when the YAML does not parse, then the error gives the line', async () => {
    await content.edit('roadmaps/beta/roadmap.yaml', (text) => text.replace('title: Beta roadmap', 'title: [Beta'));

    const issues = await issuesOf(content.dir);
    expect(issues[0]).toMatchObject({
      file: 'roadmaps/beta/roadmap.yaml',
      message: expect.stringMatching(/^YAML line \d+/) as string,
    });
  });

  it('when the slug differs from the folder, or a field is unknown, or a type is wrong, then each is reported', async () => {
    await content.edit('roadmaps/beta/roadmap.yaml', (text) =>
      text.replace('slug: beta', 'slug: gamma').replace('conclusion: Done.', 'conclusion: Done.\ncolour: blue'),
    );
    await content.edit('resources/basics.yaml', (text) => text.replace('type: book', 'type: podcast'));

    const issues = await issuesOf(content.dir);
    expect(issues).toContainEqual({
      file: 'roadmaps/beta/roadmap.yaml',
      pointer: '',
      message: 'unknown field(s): colour',
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'resources/basics.yaml', pointer: '/resources/2/type' }),
    );
  });

  it('when the step id differs from its file name, then the error says so', async () => {
    await content.edit('roadmaps/beta/steps/b-one.md', (text) => text.replace('id: b-one', 'id: b-uno'));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/beta/steps/b-one.md',
      pointer: '/id',
      message: 'id "b-uno" differs from the file name "b-one"',
    });
  });
});

describe('the parts about the role and the edition', () => {
  it('when the shipped Backend roadmap is loaded, then it has its role, edition and every part about the role', async () => {
    const backend = (await loadContent('content')).roadmaps.find((roadmap) => roadmap.slug === 'backend-developer')!;

    expect(backend).toMatchObject({ role: 'backend developer', level: 'beginner', edition: { year: 2026 } });
    expect(backend.outcomes.length).toBeGreaterThanOrEqual(4);
    expect(backend.outcomes.length).toBeLessThanOrEqual(6);
    expect(backend.keepInMind).toHaveLength(3);
    expect(backend.beforeYouStart.map((item) => item.id)).toEqual(
      expect.arrayContaining(['a-terminal', 'a-code-editor', 'no-experience-needed']),
    );
    expect(backend.alternatives.flatMap((path) => path.roadmap ?? [])).toEqual([
      'frontend-developer',
      'devops-engineer',
    ]);
    expect(Object.keys(backend.closings).sort()).toEqual(['checklist', 'history', 'market']);
  });

  it('when a roadmap has no role, outcomes or edition, then each missing field is named with its file', async () => {
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text
        .replace('role: alpha tester\n', '')
        .replace('outcomes: [Explain both steps, Run a queue]\n', '')
        .replace("edition: { year: 2026, updated: '2026-05-02' }\n", ''),
    );

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'roadmaps/alpha/roadmap.yaml',
      pointer: '',
      message: 'missing field(s): role, edition, outcomes',
    });
  });

  it('when a level, an edition date, a duty or another path is wrong, then each is named at its field', async () => {
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text
        .replace('level: beginner', 'level: expert')
        .replace("updated: '2026-05-02'", "updated: '2 May 2026'")
        .replace('    title: Test things\n', '')
        .replace('roadmap: beta', 'roadmap: Beta Roadmap')
        .replace('closings:\n', 'closings:\n  faq: Not a section with a closing.\n'),
    );

    const pointers = (await issuesOf(content.dir)).map((issue) => `${issue.file} ${issue.pointer}`);
    for (const pointer of ['/level', '/edition/updated', '/duties/0', '/alternatives/0/roadmap', '/closings']) {
      expect(pointers).toContain(`roadmaps/alpha/roadmap.yaml ${pointer}`);
    }
  });

  it('when the edition date has the right shape but no such day, then the loader says so', async () => {
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) => text.replace("'2026-05-02'", "'2026-02-30'"));

    expect(await issuesOf(content.dir)).toEqual([
      {
        file: 'roadmaps/alpha/roadmap.yaml',
        pointer: '/edition/updated',
        message: '"2026-02-30" is not a date of the calendar',
      },
    ]);
  });

  it('when two duties or two other paths share an id, then the second is reported', async () => {
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text
        .replace('id: teach-alpha', 'id: try-beta')
        .replace(
          '    detail: Tries every button twice.\n',
          '    detail: Tries every button twice.\n  - id: test-things\n    title: Again\n    detail: Twice.\n',
        ),
    );

    const issues = await issuesOf(content.dir);
    expect(issues).toContainEqual(
      expect.objectContaining({ pointer: '/duties/1/id', message: 'duplicate id "test-things"' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ pointer: '/alternatives/1/id', message: 'duplicate id "try-beta"' }),
    );
  });
});
