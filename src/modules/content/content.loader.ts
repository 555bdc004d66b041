// Reads content/ from disk and checks it whole: the schema of every file, then the links between files. It returns a
// bundle only when there is nothing wrong; otherwise one error that lists every problem with its file and field.
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  conforms,
  ContentValidationError,
  createIssueList,
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
  RoadmapYaml,
  StepFile,
  type ContentBundle,
  type ResourceContent,
  type RoadmapContent,
  type StepContent,
} from './content.schemas.ts';
import { listHubFiles, loadHub } from './hub-content.loader.ts';
import { checkRoadmapLinks, type StepPlaces } from './roadmap-checks.ts';
import {
  fileChecklistMapping,
  fileStepMapping,
  type DeclaredSuccession,
  type FileMapping,
  type FileStepMapping,
} from './step-succession.ts';

export { ContentValidationError, formatIssue, type ContentIssue } from './content-files.ts';

/** The step, and the old ids its `replaces:` names (not part of the step: it is about the change). */
const parseStepFile = (source: SourceFile, issues: IssueList) => {
  const parts = splitFrontMatter(source, issues, 'a step file');
  if (parts === undefined) return undefined;
  const { frontMatter, body } = parts;
  if (!conforms(StepFile, frontMatter, source.relative, issues)) return undefined;
  if (body === '') {
    issues.add(source.relative, '/body', 'the Markdown body after the front matter is empty');
    return undefined;
  }
  const { replaces, ...step } = frontMatter as StepFile;
  return { step: { ...step, body } satisfies StepContent, replaces };
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
  const replaces: DeclaredSuccession['replaces'] = new Map();
  for (const name of await listFiles(path.join(root, 'roadmaps', slug, 'steps'), '.md')) {
    const relative = `roadmaps/${slug}/steps/${name}`;
    const stepSource = await readSource(root, relative);
    sources.push(stepSource);
    const expectedId = name.slice(0, -'.md'.length);
    stepFiles.set(expectedId, relative);
    const parsedStep = parseStepFile(stepSource, issues);
    if (parsedStep === undefined) continue;
    const { step } = parsedStep;
    if (step.id !== expectedId) {
      issues.add(relative, '/id', `id "${step.id}" differs from the file name "${expectedId}"`);
      continue;
    }
    steps.set(step.id, step);
    if (parsedStep.replaces !== undefined) replaces.set(step.id, { ids: parsedStep.replaces, file: relative });
  }

  const parsed = parseYaml(source, issues);
  if (parsed === undefined || !conforms(RoadmapYaml, parsed, file, issues)) return undefined;
  const { retired = [], retiredChecklistItems = [], checklist, ...roadmapFile } = parsed as RoadmapYaml;
  const itemReplaces: DeclaredSuccession['replaces'] = new Map();
  checklist.forEach((item, index) => {
    if (item.replaces !== undefined) itemReplaces.set(item.id, { ids: item.replaces, file, at: `/checklist/${index}` });
  });
  if (roadmapFile.slug !== slug) {
    issues.add(file, '/slug', `slug "${roadmapFile.slug}" differs from its folder name "${slug}"`);
  }
  const ordered = roadmapFile.tiers.flatMap((tier) => tier.steps).filter((id) => steps.has(id));
  const roadmap: RoadmapContent = {
    ...roadmapFile,
    checklist: checklist.map(({ replaces: _replaces, ...item }) => item),
    license: roadmapFile.license ?? 'CC-BY-SA-4.0',
    steps: [...new Set(ordered)].map((id) => steps.get(id)!),
  };
  const succession: DeclaredSuccession = { replaces, retired, file };
  const checklistSuccession: DeclaredSuccession = {
    replaces: itemReplaces,
    retired: retiredChecklistItems,
    file,
    retiredAt: '/retiredChecklistItems',
  };
  return { roadmap, stepFiles, file, succession, checklistSuccession };
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
  const stepMappings = new Map<string, FileStepMapping>();
  const checklistMappings = new Map<string, FileMapping>();
  for (const slug of await listDirs(path.join(root, 'roadmaps'))) {
    const loaded = await loadRoadmap(root, slug, sources, issues);
    if (loaded === undefined) continue;
    const steps: StepPlaces = {
      places: new Map([...loaded.stepFiles].map(([stepId, file]) => [stepId, { file, pointer: '' }])),
      missing: (stepId) => `step "${stepId}" has no file steps/${stepId}.md`,
      unplaced: (stepId) => `step "${stepId}" is not placed in any tier of roadmap.yaml`,
    };
    checkRoadmapLinks(loaded.roadmap, steps, resourceIds, loaded.file, issues);
    stepMappings.set(slug, fileStepMapping(loaded.roadmap, loaded.succession, issues));
    checklistMappings.set(slug, fileChecklistMapping(loaded.roadmap, loaded.checklistSuccession, issues));
    roadmaps.push(loaded.roadmap);
  }
  if (roadmaps.length === 0 && issues.issues.length === 0) {
    issues.add('roadmaps/', '', 'no roadmap found: add roadmaps/<slug>/roadmap.yaml');
  }
  const hub = await loadHub(root, roadmaps, sources, issues);
  if (issues.issues.length > 0) throw new ContentValidationError(issues.issues);
  return { roadmaps, resources, hub, stepMappings, checklistMappings, hash: hashSources(sources) };
};
