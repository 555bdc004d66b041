// Roadmaps of the fixture content reshaped step by step, for the tests of `replaces:` and `retired:`
// (docs/decisions/0033): each test gets a copy of alpha under its own slug, so what one test does to learners'
// progress on it never meets another's.
import fs from 'node:fs/promises';
import type { FixtureCopy } from './content-fixture.ts';

export interface StepShape {
  id: string;
  replaces?: string[];
}

/** A step file of the fixture's kind; the id makes its title and body. */
export const stepText = ({ id, replaces }: StepShape) =>
  `---\nid: ${id}\ntitle: Step ${id}\nsummary: What ${id} is about.\ntopics: []\nestimatedHours: 2\nresources: []\n` +
  `${replaces === undefined ? '' : `replaces: [${replaces.join(', ')}]\n`}---\nAll about ${id}.\n`;

/**
 * Alpha copied as `slug`, its plan and priorities pointing only at a-one, which every shape keeps first. `shape`
 * makes its one tier exactly these steps after a-one (files written, files of other steps removed) and sets
 * roadmap.yaml's `retired:`.
 */
export const roadmapCopy = async (content: FixtureCopy, slug: string) => {
  const dir = `roadmaps/${slug}`;
  await fs.cp(content.path('roadmaps/alpha'), content.path(dir), { recursive: true });
  await content.edit(`${dir}/roadmap.yaml`, (text) =>
    text
      .replace('slug: alpha', `slug: ${slug}`)
      .replace('      steps: [a-two]\npriorities', '      steps: [a-one]\npriorities'),
  );
  const shape = async (steps: StepShape[], retired?: string[]) => {
    const wanted = new Set(['a-one', ...steps.map((step) => step.id)]);
    for (const name of await fs.readdir(content.path(`${dir}/steps`))) {
      if (!wanted.has(name.slice(0, -'.md'.length))) await content.remove(`${dir}/steps/${name}`);
    }
    for (const step of steps) await content.write(`${dir}/steps/${step.id}.md`, stepText(step));
    await content.edit(`${dir}/roadmap.yaml`, (text) =>
      text
        .replace(/(summary: Where everyone starts\.\n {4}steps: )\[[^\]]*\]/, `$1[${[...wanted].join(', ')}]`)
        .replace(/^retired: .*\n/m, '')
        .concat(retired === undefined ? '' : `retired: [${retired.join(', ')}]\n`),
    );
  };
  return { slug, dir, shape };
};
