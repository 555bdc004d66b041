import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ContentValidationError, loadContent, type ContentIssue } from '../../src/modules/content/content.loader.ts';

export const FIXTURE_CONTENT = path.resolve('test/fixtures/content');

/** A private copy of the small fixture content, to change one thing in it and see what the loader says. */
export const copyFixtureContent = async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-content-'));
  await fs.cp(FIXTURE_CONTENT, dir, { recursive: true });
  return {
    dir,
    path: (relative: string) => path.join(dir, relative),
    async edit(relative: string, change: (text: string) => string) {
      const file = path.join(dir, relative);
      await fs.writeFile(file, change(await fs.readFile(file, 'utf8')));
    },
    remove: (relative: string) => fs.rm(path.join(dir, relative), { recursive: true }),
    write: (relative: string, text: string) => fs.writeFile(path.join(dir, relative), text),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
};
export type FixtureCopy = Awaited<ReturnType<typeof copyFixtureContent>>;

const A_THREE = `---
id: a-three
title: Step three about caches
summary: Keep what is slow to make.
topics: [caches]
estimatedHours: 3
resources: []
---
A cache trades memory for time.
`;

/** For version 2 of alpha: renames a-one, moves a-two to a new tier, adds a-three, rewrites a-two's body, the intro and the FAQ answer. */
export const reworkAlpha = async (content: FixtureCopy) => {
  await content.edit('roadmaps/alpha/steps/a-one.md', (text) =>
    text.replace(/^title: .*$/m, 'title: Step one, renamed'),
  );
  await content.edit('roadmaps/alpha/steps/a-two.md', (text) =>
    text.replace('Queues let a worker retry a job later.', 'A queue lets a worker try a job again later.'),
  );
  await content.write('roadmaps/alpha/steps/a-three.md', A_THREE);
  await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
    text
      .replace(
        '    steps: [a-one, a-two]\n',
        '    steps: [a-one, a-three]\n  - id: later\n    title: Later\n    summary: After the basics.\n    steps: [a-two]\n',
      )
      .replace('Alpha teaches **two** things in order.', 'Alpha teaches **three** things in order.')
      .replace("Because it comes first, like a **lighthouse** keeper's log.", 'Because it comes first.')
      .concat('changes: Step one has a clearer name, and caches come before queues.\n'),
  );
};

/** What the loader reports about a content folder it must reject. */
export const issuesOf = async (dir: string): Promise<ContentIssue[]> => {
  try {
    await loadContent(dir);
  } catch (error) {
    if (error instanceof ContentValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected the content to be rejected');
};
