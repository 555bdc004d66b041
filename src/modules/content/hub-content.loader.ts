// Loads content/hub/<kind>s/<id>.md: each file's front matter against its kind's schema, its id against its file
// name and against every other hub file, and each step it names against the roadmaps loaded beside it.
import path from 'node:path';
import { isDate } from '../../lib/value-rules.ts';
import {
  conforms,
  findDuplicates,
  listFiles,
  readSource,
  splitFrontMatter,
  type IssueList,
  type SourceFile,
} from './content-files.ts';
import type { RoadmapContent } from './content.schemas.ts';
import { FRONT_MATTER_OF, HUB_FOLDERS, HUB_KINDS, type HubEntryContent, type HubKind } from './hub-content.schemas.ts';

const DATE_FIELDS = ['updated', 'reviewed'] as const;

/** The hub's files, as paths relative to the content folder, kind by kind. */
export const listHubFiles = async (root: string) => {
  const files: { kind: HubKind; relative: string; id: string }[] = [];
  for (const kind of HUB_KINDS) {
    const folder = `hub/${HUB_FOLDERS[kind]}`;
    for (const name of await listFiles(path.join(root, folder), '.md')) {
      files.push({ kind, relative: `${folder}/${name}`, id: name.slice(0, -'.md'.length) });
    }
  }
  return files;
};

/**
 * The docs ask for quoted dates, but an unquoted one is what people type: a YAML 1.1 reader would make it a Date.
 * Either way the entry keeps the calendar day as text; a day that does not exist (2026-02-30) is reported.
 */
const normalizeDates = (frontMatter: Record<string, unknown>, file: string, issues: IssueList) => {
  for (const field of DATE_FIELDS) {
    const value = frontMatter[field];
    if (value instanceof Date) frontMatter[field] = value.toISOString().slice(0, 10);
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isDate(value)) {
      issues.add(file, `/${field}`, `"${value}" is not a day of the calendar`);
    }
  }
};

const parseHubFile = (kind: HubKind, source: SourceFile, issues: IssueList): HubEntryContent | undefined => {
  const parts = splitFrontMatter(source, issues, 'a hub file');
  if (parts === undefined) return undefined;
  const { frontMatter, body } = parts;
  if (typeof frontMatter === 'object' && frontMatter !== null && !Array.isArray(frontMatter)) {
    normalizeDates(frontMatter as Record<string, unknown>, source.relative, issues);
  }
  if (!conforms(FRONT_MATTER_OF[kind], frontMatter, source.relative, issues)) return undefined;
  // A review's front matter is the review; guides and cheatsheets are their body.
  if (body === '' && kind !== 'review') {
    issues.add(source.relative, '/body', 'the Markdown body after the front matter is empty');
    return undefined;
  }
  return { ...(frontMatter as object), kind, body } as HubEntryContent;
};

const checkSteps = (entry: HubEntryContent, file: string, roadmaps: RoadmapContent[], issues: IssueList) => {
  const stepsOf = new Map(roadmaps.map((roadmap) => [roadmap.slug, new Set(roadmap.steps.map((step) => step.id))]));
  entry.steps.forEach((ref, s) => {
    const [slug = '', stepId = ''] = ref.split('/');
    const steps = stepsOf.get(slug);
    if (steps === undefined) issues.add(file, `/steps/${s}`, `names unknown roadmap "${slug}"`);
    else if (!steps.has(stepId)) issues.add(file, `/steps/${s}`, `roadmap "${slug}" has no step "${stepId}"`);
  });
  for (const duplicate of new Set(findDuplicates(entry.steps))) {
    issues.add(file, '/steps', `lists step "${duplicate}" twice`);
  }
};

/** Every hub entry that conforms; what does not is in `issues`. `roadmaps` are the ones loaded beside them. */
export const loadHub = async (root: string, roadmaps: RoadmapContent[], sources: SourceFile[], issues: IssueList) => {
  const entries: HubEntryContent[] = [];
  const seen = new Map<string, string>();
  for (const { kind, relative, id } of await listHubFiles(root)) {
    const source = await readSource(root, relative);
    sources.push(source);
    const entry = parseHubFile(kind, source, issues);
    if (entry === undefined) continue;
    if (entry.id !== id) {
      issues.add(relative, '/id', `id "${entry.id}" differs from the file name "${id}"`);
      continue;
    }
    const first = seen.get(entry.id);
    if (first !== undefined) {
      issues.add(relative, '/id', `duplicate hub id "${entry.id}" (first in ${first})`);
      continue;
    }
    seen.set(entry.id, relative);
    checkSteps(entry, relative, roadmaps, issues);
    entries.push(entry);
  }
  return entries;
};
