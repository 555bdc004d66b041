import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import { tableOfContents } from '../../src/modules/hub/toc.ts';
import { copyFixtureContent, FIXTURE_CONTENT, issuesOf, type FixtureCopy } from '../support/content-fixture.ts';

let content: FixtureCopy;
beforeEach(async () => {
  content = await copyFixtureContent();
});
afterEach(() => content.cleanup());

const GUIDE = 'hub/guides/alpha-guide.md';
const REVIEW = 'hub/reviews/alpha-review.md';

describe('loading the Resource Hub', () => {
  it('when the fixture is loaded, then each kind comes from its folder with its body', async () => {
    const { hub } = await loadContent(FIXTURE_CONTENT);

    expect(hub.map((entry) => [entry.kind, entry.id])).toEqual([
      ['guide', 'alpha-guide'],
      ['review', 'alpha-review'],
      ['cheatsheet', 'beta-cheats'],
    ]);
    expect(hub[0]!.body).toMatch(/^## Tables first/);
    expect(hub[0]!.steps).toEqual(['alpha/a-one', 'beta/b-one']);
  });

  it('when a review writes its date unquoted, then the day is kept as text', async () => {
    const { hub } = await loadContent(FIXTURE_CONTENT);

    const review = hub.find((entry) => entry.kind === 'review');
    expect(review?.kind === 'review' && review.reviewed).toBe('2026-11-21');
    expect(review?.kind === 'review' && review.rating).toBe(3.5);
  });

  it('when the shipped hub is loaded, then it has at least one entry of each kind', async () => {
    const { hub } = await loadContent('content');

    expect(new Set(hub.map((entry) => entry.kind))).toEqual(new Set(['guide', 'review', 'cheatsheet']));
  });

  it('when a hub file changes, then the content hash changes', async () => {
    const before = (await loadContent(content.dir)).hash;
    await content.edit(GUIDE, (text) => text.replace('Start with the tables.', 'Start with the rows.'));

    expect((await loadContent(content.dir)).hash).not.toBe(before);
  });
});

describe('rejecting broken hub files', () => {
  it('when a guide lacks its summary, then the error names the file and the field', async () => {
    await content.edit(GUIDE, (text) => text.replace(/^summary: .*\n/m, ''));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: GUIDE,
      pointer: '',
      message: 'missing field(s): summary',
    });
  });

  it('when a guide has no title, then the error names the file and the field', async () => {
    await content.edit(GUIDE, (text) => text.replace(/^title: .*\n/m, ''));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: GUIDE,
      pointer: '',
      message: 'missing field(s): title',
    });
  });

  it('when a review has no verdict and a rating of 6, then both are reported with their pointers', async () => {
    await content.edit(REVIEW, (text) => text.replace(/^verdict: .*\n/m, '').replace('rating: 3.5', 'rating: 6'));

    const issues = await issuesOf(content.dir);
    expect(issues).toContainEqual({ file: REVIEW, pointer: '', message: 'missing field(s): verdict' });
    expect(issues).toContainEqual(expect.objectContaining({ file: REVIEW, pointer: '/rating' }));
  });

  it('when a rating is not a whole or half point, then the rating is reported', async () => {
    await content.edit(REVIEW, (text) => text.replace('rating: 3.5', 'rating: 3.7'));

    expect(await issuesOf(content.dir)).toContainEqual(expect.objectContaining({ file: REVIEW, pointer: '/rating' }));
  });

  it('when a guide carries review fields, then they are unknown fields of that file', async () => {
    await content.edit(GUIDE, (text) => text.replace('level: beginner', 'level: beginner\nverdict: Good.'));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: GUIDE,
      pointer: '',
      message: 'unknown field(s): verdict',
    });
  });

  it('when an entry names a step that does not exist, then the error points at the step', async () => {
    await content.edit(GUIDE, (text) => text.replace('beta/b-one', 'beta/b-nine'));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: GUIDE,
      pointer: '/steps/1',
      message: 'roadmap "beta" has no step "b-nine"',
    });
  });

  it('when a step is not written <roadmap>/<step>, then the error points at it', async () => {
    await content.edit(GUIDE, (text) => text.replace('beta/b-one', 'b-one'));

    expect(await issuesOf(content.dir)).toContainEqual(expect.objectContaining({ file: GUIDE, pointer: '/steps/1' }));
  });

  it('when the id differs from the file name, then the id is reported', async () => {
    await content.edit(GUIDE, (text) => text.replace('id: alpha-guide', 'id: other-guide'));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: GUIDE,
      pointer: '/id',
      message: 'id "other-guide" differs from the file name "alpha-guide"',
    });
  });

  it('when two kinds use one id, then the second file is reported with the first', async () => {
    await content.write('hub/cheatsheets/alpha-guide.md', await fs.readFile(content.path(GUIDE), 'utf8'));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: 'hub/cheatsheets/alpha-guide.md',
      pointer: '/id',
      message: `duplicate hub id "alpha-guide" (first in ${GUIDE})`,
    });
  });

  it('when a date is not a day of the calendar, then the date is reported', async () => {
    await content.edit(GUIDE, (text) => text.replace("updated: '2026-11-20'", "updated: '2026-02-30'"));

    expect(await issuesOf(content.dir)).toContainEqual({
      file: GUIDE,
      pointer: '/updated',
      message: '"2026-02-30" is not a day of the calendar',
    });
  });

  it('when a guide has no body, then the body is reported', async () => {
    await content.edit(GUIDE, (text) => text.slice(0, text.lastIndexOf('---\n') + 4));

    expect(await issuesOf(content.dir)).toContainEqual(expect.objectContaining({ file: GUIDE, pointer: '/body' }));
  });
});

describe('a guide’s table of contents', () => {
  it('when headings repeat or sit in code, then anchors stay unique and code is not a heading', () => {
    const toc = tableOfContents(
      '## Tables **first**\n\ntext\n\n### Keys & `indexes`\n\n## Tables first\n\n```\n## not one\n```\n#### too deep\n',
    );

    expect(toc).toEqual([
      { level: 2, text: 'Tables first', anchor: 'tables-first' },
      { level: 3, text: 'Keys & indexes', anchor: 'keys-indexes' },
      { level: 2, text: 'Tables first', anchor: 'tables-first-2' },
    ]);
  });
});
