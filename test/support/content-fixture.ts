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
