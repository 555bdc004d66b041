// Reads content/ from disk and checks it whole: the schema of every file, then the links between files. It returns a
// bundle only when there is nothing wrong; otherwise one error that lists every problem with its file and field.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import YAML from 'yaml';
import {
  ResourceFile,
  RoadmapFile,
  StepFrontMatter,
  type ContentBundle,
  type ResourceContent,
  type RoadmapContent,
  type StepContent,
} from './content.schemas.ts';

export interface ContentIssue {
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  /** JSON pointer to the field; empty for the whole file. */
  pointer: string;
  message: string;
}

export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `The roadmap content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}

export const formatIssue = (issue: ContentIssue) =>
  `${issue.file}${issue.pointer === '' ? '' : ` at ${issue.pointer}`}: ${issue.message}`;

interface SourceFile {
  relative: string;
  text: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

const listFiles = async (dir: string, extension: string): Promise<string[]> => {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

const listDirs = async (dir: string): Promise<string[]> => {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

/** A small collector that knows which file it is looking at. */
const createIssueList = () => {
  const issues: ContentIssue[] = [];
  return {
    issues,
    add: (file: string, pointer: string, message: string) => issues.push({ file, pointer, message }),
  };
};
type IssueList = ReturnType<typeof createIssueList>;

const parseYaml = (source: SourceFile, issues: IssueList): unknown => {
  const document = YAML.parseDocument(source.text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = error.linePos?.[0];
      issues.add(source.relative, '', `YAML ${line ? `line ${line.line}, column ${line.col}` : ''}: ${error.code}`);
    }
    return undefined;
  }
  return document.toJS() as unknown;
};

/** Checks `value` against `schema`; returns it typed when it conforms. */
const conforms = <T extends TSchema>(schema: T, value: unknown, file: string, issues: IssueList, base = '') => {
  const errors = [...Value.Errors(schema, value)];
  // `additionalProperties: false` reports each extra field twice (once as a boolean schema); keep the named one.
  for (const error of errors.filter((e) => e.keyword !== 'boolean')) {
    const detail =
      error.keyword === 'additionalProperties'
        ? `unknown field(s): ${error.params.additionalProperties.join(', ')}`
        : error.keyword === 'required'
          ? `missing field(s): ${error.params.requiredProperties.join(', ')}`
          : error.message;
    issues.add(file, `${base}${error.instancePath}`, detail);
  }
  return errors.length === 0;
};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

const parseStepFile = (source: SourceFile, issues: IssueList): StepContent | undefined => {
  const match = FRONT_MATTER.exec(source.text);
  if (!match) {
    issues.add(source.relative, '', 'a step file starts with YAML front matter between two "---" lines');
    return undefined;
  }
  const frontMatter = parseYaml({ relative: source.relative, text: match[1] ?? '' }, issues);
  if (frontMatter === undefined) return undefined;
  if (!conforms(StepFrontMatter, frontMatter, source.relative, issues)) return undefined;
  const body = (match[2] ?? '').trim();
  if (body === '') {
    issues.add(source.relative, '/body', 'the Markdown body after the front matter is empty');
    return undefined;
  }
  return { ...(frontMatter as StepContent), body };
};

/** YYYY-MM-DD that names a real day (the schema checks only the shape: 2026-02-30 has it too). */
const isCalendarDate = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

const findDuplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

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
  if (!isCalendarDate(roadmap.edition.updated)) {
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

const readSource = async (root: string, relative: string): Promise<SourceFile> => ({
  relative,
  text: await fs.readFile(path.join(root, relative), 'utf8'),
});

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

const hashSources = (sources: SourceFile[]) => {
  const hash = createHash('sha256');
  for (const source of [...sources].sort((a, b) => (a.relative < b.relative ? -1 : 1))) {
    hash.update(`${source.relative}\0${source.text}\0`);
  }
  return hash.digest('hex');
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
  if (issues.issues.length > 0) throw new ContentValidationError(issues.issues);
  return { roadmaps, resources, hash: hashSources(sources) };
};
