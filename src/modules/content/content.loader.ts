// Reads content/ from disk and checks it whole: the schema of every file, then the links between files. It returns a
// bundle only when there is nothing wrong; otherwise one error that lists every problem with its file and field.
import fs from 'node:fs/promises';
import path from 'node:path';
import { isDate } from '../../lib/value-rules.ts';
import {
  conforms,
  ContentValidationError,
  createIssueList,
  findDuplicates,
  hashSources,
  listDirs,
  listFiles,
  parseYaml,
  readSource,
  splitFrontMatter,
  toPosix,
  type IssueList,
  type SourceFile,
} from './content-files.ts';
import {
  ResourceFile,
  RoadmapFile,
  StepFrontMatter,
  type ContentBundle,
  type ResourceContent,
  type RoadmapContent,
  type StepContent,
} from './content.schemas.ts';
import { listHubFiles, loadHub } from './hub-content.loader.ts';

export { ContentValidationError, formatIssue, type ContentIssue } from './content-files.ts';

const parseStepFile = (source: SourceFile, issues: IssueList): StepContent | undefined => {
  const parts = splitFrontMatter(source, issues, 'a step file');
  if (parts === undefined) return undefined;
  const { frontMatter, body } = parts;
  if (!conforms(StepFrontMatter, frontMatter, source.relative, issues)) return undefined;
  if (body === '') {
    issues.add(source.relative, '/body', 'the Markdown body after the front matter is empty');
    return undefined;
  }
  return { ...(frontMatter as StepContent), body };
};


const checkUniqueIds = (items: { id: string }[], file: string, pointer: string, issues: IssueList) => {
  for (const id of new Set(findDuplicates(items.map((item) => item.id)))) {
    const index = items.map((item) => item.id).lastIndexOf(id);
    issues.add(file, `${pointer}/${index}/id`, `duplicate id "${id}"`);
  }
};

const checkRoadmapLinks = (
  roadmap: RoadmapContent,
  stepFiles: Map<string, string>,
  resourceIds: Set<string>,
  file: string,
  issues: IssueList,
) => {
  const lists = [
    'duties',
    'keepInMind',
    'beforeYouStart',
    'durations',
    'history',
    'market',
    'tiers',
    'priorities',
    'challenges',
    'checklist',
    'faq',
    'alternatives',
  ] as const;
  for (const list of lists) checkUniqueIds(roadmap[list], file, `/${list}`, issues);
  if (!isDate(roadmap.edition.updated)) {
    issues.add(file, '/edition/updated', `"${roadmap.edition.updated}" is not a date of the calendar`);
  }

  const placed = new Map<string, string>();
  roadmap.tiers.forEach((tier, t) =>
    tier.steps.forEach((stepId, s) => {
      const pointer = `/tiers/${t}/steps/${s}`;
      if (placed.has(stepId)) issues.add(file, pointer, `step "${stepId}" is already placed at ${placed.get(stepId)}`);
      else placed.set(stepId, pointer);
      if (!stepFiles.has(stepId)) issues.add(file, pointer, `step "${stepId}" has no file steps/${stepId}.md`);
    }),
  );
  for (const [stepId, stepFile] of stepFiles) {
    if (!placed.has(stepId)) issues.add(stepFile, '', `step "${stepId}" is not placed in any tier of roadmap.yaml`);
  }

  const checkStepLink = (stepId: string, pointer: string) => {
    if (!placed.has(stepId) || !stepFiles.has(stepId)) issues.add(file, pointer, `links to unknown step "${stepId}"`);
  };
  roadmap.plan.months.forEach((month, m) => {
    if (month.month !== m + 1) issues.add(file, `/plan/months/${m}/month`, `expected month ${m + 1}, found ${month.month}`);
    if (month.hoursPerWeek.min > month.hoursPerWeek.max) {
      issues.add(file, `/plan/months/${m}/hoursPerWeek`, 'min is greater than max');
    }
    month.steps.forEach((stepId, s) => checkStepLink(stepId, `/plan/months/${m}/steps/${s}`));
  });
  roadmap.priorities.forEach((priority, p) => {
    if (priority.rank !== p + 1) issues.add(file, `/priorities/${p}/rank`, `expected rank ${p + 1}, found ${priority.rank}`);
    priority.steps?.forEach((stepId, s) => checkStepLink(stepId, `/priorities/${p}/steps/${s}`));
  });
  roadmap.durations.forEach((duration, d) => {
    for (const range of ['hoursPerWeek', 'months'] as const) {
      if (duration[range].min > duration[range].max) {
        issues.add(file, `/durations/${d}/${range}`, 'min is greater than max');
      }
    }
  });
  for (const step of roadmap.steps) {
    const stepFile = stepFiles.get(step.id) ?? file;
    step.resources.forEach((resourceId, r) => {
      if (!resourceIds.has(resourceId)) issues.add(stepFile, `/resources/${r}`, `links to unknown resource "${resourceId}"`);
    });
    for (const duplicate of new Set(findDuplicates(step.resources))) {
      issues.add(stepFile, '/resources', `lists resource "${duplicate}" twice`);
    }
  }
};


const loadResources = async (root: string, sources: SourceFile[], issues: IssueList) => {
  const resources: ResourceContent[] = [];
  const seen = new Map<string, string>();
  for (const relative of (await listFiles(path.join(root, 'resources'), '.yaml')).map((f) => `resources/${f}`)) {
    const source = await readSource(root, relative);
    sources.push(source);
    const parsed = parseYaml(source, issues);
    if (parsed === undefined || !conforms(ResourceFile, parsed, relative, issues)) continue;
    (parsed as { resources: ResourceContent[] }).resources.forEach((resource, index) => {
      const first = seen.get(resource.id);
      if (first !== undefined) {
        issues.add(relative, `/resources/${index}/id`, `duplicate resource id "${resource.id}" (first in ${first})`);
        return;
      }
      seen.set(resource.id, relative);
      resources.push(resource);
    });
  }
  return resources;
};

const loadRoadmap = async (root: string, slug: string, sources: SourceFile[], issues: IssueList) => {
  const file = `roadmaps/${slug}/roadmap.yaml`;
  let source: SourceFile;
  try {
    source = await readSource(root, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    issues.add(file, '', 'missing: every roadmap folder has a roadmap.yaml');
    return undefined;
  }
  sources.push(source);

  const stepFiles = new Map<string, string>();
  const steps = new Map<string, StepContent>();
  for (const name of await listFiles(path.join(root, 'roadmaps', slug, 'steps'), '.md')) {
    const relative = `roadmaps/${slug}/steps/${name}`;
    const stepSource = await readSource(root, relative);
    sources.push(stepSource);
    const expectedId = name.slice(0, -'.md'.length);
    stepFiles.set(expectedId, relative);
    const step = parseStepFile(stepSource, issues);
    if (step === undefined) continue;
    if (step.id !== expectedId) {
      issues.add(relative, '/id', `id "${step.id}" differs from the file name "${expectedId}"`);
      continue;
    }
    steps.set(step.id, step);
  }

  const parsed = parseYaml(source, issues);
  if (parsed === undefined || !conforms(RoadmapFile, parsed, file, issues)) return undefined;
  const roadmapFile = parsed as RoadmapFile;
  if (roadmapFile.slug !== slug) {
    issues.add(file, '/slug', `slug "${roadmapFile.slug}" differs from its folder name "${slug}"`);
  }
  const ordered = roadmapFile.tiers.flatMap((tier) => tier.steps).filter((id) => steps.has(id));
  const roadmap: RoadmapContent = {
    ...roadmapFile,
    license: roadmapFile.license ?? 'CC-BY-SA-4.0',
    steps: [...new Set(ordered)].map((id) => steps.get(id)!),
  };
  return { roadmap, stepFiles, file };
};


/**
 * The hash `loadContent` reports for a folder, without parsing anything: enough to tell at start-up whether the files
 * changed since the last import.
 */
export const contentHash = async (contentDir: string): Promise<string> => {
  const root = path.resolve(contentDir);
  const relatives = (await listFiles(path.join(root, 'resources'), '.yaml')).map((name) => `resources/${name}`);
  for (const slug of await listDirs(path.join(root, 'roadmaps'))) {
    relatives.push(`roadmaps/${slug}/roadmap.yaml`);
    const steps = await listFiles(path.join(root, 'roadmaps', slug, 'steps'), '.md');
    relatives.push(...steps.map((name) => `roadmaps/${slug}/steps/${name}`));
  }
  relatives.push(...(await listHubFiles(root)).map((file) => file.relative));
  const sources = await Promise.all(
    relatives.map((relative) =>
      readSource(root, relative).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined; // a roadmap folder without roadmap.yaml
        throw error;
      }),
    ),
  );
  return hashSources(sources.filter((source) => source !== undefined));
};

/** Loads and validates a content folder. Throws ContentValidationError listing every problem found. */
export const loadContent = async (contentDir: string): Promise<ContentBundle> => {
  const root = path.resolve(contentDir);
  const issues = createIssueList();
  const sources: SourceFile[] = [];
  try {
    await fs.access(root);
  } catch {
    throw new ContentValidationError([{ file: toPosix(root), pointer: '', message: 'the content folder does not exist' }]);
  }

  const resources = await loadResources(root, sources, issues);
  const resourceIds = new Set(resources.map((resource) => resource.id));
  const roadmaps: RoadmapContent[] = [];
  for (const slug of await listDirs(path.join(root, 'roadmaps'))) {
    const loaded = await loadRoadmap(root, slug, sources, issues);
    if (loaded === undefined) continue;
    checkRoadmapLinks(loaded.roadmap, loaded.stepFiles, resourceIds, loaded.file, issues);
    roadmaps.push(loaded.roadmap);
  }
  if (roadmaps.length === 0 && issues.issues.length === 0) {
    issues.add('roadmaps/', '', 'no roadmap found: add roadmaps/<slug>/roadmap.yaml');
  }
  const hub = await loadHub(root, roadmaps, sources, issues);
  if (issues.issues.length > 0) throw new ContentValidationError(issues.issues);
  return { roadmaps, resources, hub, hash: hashSources(sources) };
};
