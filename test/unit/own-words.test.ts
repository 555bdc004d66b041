import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Waymark's content is written in its own words: facts may come from the page the Backend roadmap was modelled on,
// sentences may not. The reference page sits outside the repository (../shared/seed, or WAYMARK_SEED_DIR), because
// it is not ours to publish; where it is absent there is nothing to compare with.
const RUN_LENGTH = 10;
const seedDir = process.env.WAYMARK_SEED_DIR ?? path.resolve('..', 'shared', 'seed');
const seedFile = path.join(seedDir, 'backend-developer-roadmap-source.txt');

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const runsOf = (words: string[]) => {
  const runs = new Set<string>();
  for (let i = 0; i + RUN_LENGTH <= words.length; i++) runs.add(words.slice(i, i + RUN_LENGTH).join(' '));
  return runs;
};

const contentFiles = async (dir: string): Promise<string[]> => {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
};

const sharedRuns = (text: string, reference: Set<string>) =>
  [...runsOf(wordsOf(text))].filter((run) => reference.has(run));

describe('content in our own words', () => {
  it('when a text repeats ten words of the reference in a row, then the check finds the run', () => {
    const reference = runsOf(wordsOf('One two three four five six seven eight nine ten eleven.'));

    expect(sharedRuns('Zero, one two three four five six seven eight nine ten!', reference)).toEqual([
      'one two three four five six seven eight nine ten',
    ]);
    expect(sharedRuns('One two three four five six seven eight nine, then something else.', reference)).toEqual([]);
  });

  it.runIf(existsSync(seedFile))(
    'when every content file is compared with the page the Backend roadmap was modelled on, then none shares a ten-word run',
    async () => {
      const reference = runsOf(wordsOf(await fs.readFile(seedFile, 'utf8')));
      const copied: string[] = [];
      for (const file of await contentFiles('content')) {
        for (const run of sharedRuns(await fs.readFile(file, 'utf8'), reference)) copied.push(`${file}: "${run}"`);
      }

      expect(copied).toEqual([]);
    },
  );
});
