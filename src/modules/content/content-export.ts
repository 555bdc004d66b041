// Content as files again: the text of each file `loadContent` reads, made from what the database or a draft holds
// (docs/decisions/0035). Keys come in the order the schemas list them, the order the documentation and the shipped
// files use, so an exported file reads like a hand-written one and a second export of the same content is the same
// bytes: what a commit of it into a content repository needs.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TSchema } from 'typebox';
import YAML from 'yaml';
import { ConflictError } from '../../lib/errors.ts';
import {
  ResourceFile,
  RoadmapFile,
  StepFrontMatter,
  type ContentBundle,
  type ResourceContent,
  type RoadmapContent,
} from './content.schemas.ts';
import { HUB_FOLDERS, type HubEntryContent } from './hub-content.schemas.ts';

export interface ContentFile {
  /** Relative to the content folder, with forward slashes. */
  path: string;
  content: string;
}

/** The value with the keys of each object in the order its schema lists them; keys the schema does not name last. */
const inSchemaOrder = (schema: TSchema, value: unknown): unknown => {
  const { items, properties } = schema as { items?: TSchema; properties?: Record<string, TSchema> };
  if (Array.isArray(value)) return items === undefined ? value : value.map((item) => inSchemaOrder(items, item));
  if (properties === undefined || typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const named = Object.entries(properties)
    .filter(([key]) => object[key] !== undefined)
    .map(([key, inner]) => [key, inSchemaOrder(inner, object[key])]);
  return Object.fromEntries([...named, ...Object.entries(object).filter(([key]) => !(key in properties))]);
};

const yamlText = (value: unknown) => YAML.stringify(value, { lineWidth: 0 });

const markdownFile = (frontMatter: unknown, body: string) => `---\n${yamlText(frontMatter)}---\n${body}\n`;

const byPath = (a: ContentFile, b: ContentFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** One roadmap's folder: roadmap.yaml and a file for each step. */
export const roadmapFiles = ({ steps, ...roadmapFile }: RoadmapContent): ContentFile[] => [
  { path: `roadmaps/${roadmapFile.slug}/roadmap.yaml`, content: yamlText(inSchemaOrder(RoadmapFile, roadmapFile)) },
  ...steps.map(({ body, ...frontMatter }) => ({
    path: `roadmaps/${roadmapFile.slug}/steps/${frontMatter.id}.md`,
    content: markdownFile(inSchemaOrder(StepFrontMatter, frontMatter), body),
  })),
];

/** The resources as one file; none when there are none (the loader refuses an empty resource file). */
export const resourceFiles = (resources: ResourceContent[]): ContentFile[] =>
  resources.length === 0
    ? []
    : [{ path: 'resources/resources.yaml', content: yamlText(inSchemaOrder(ResourceFile, { resources })) }];

const hubFile = ({ kind, body, ...frontMatter }: HubEntryContent): ContentFile => ({
  path: `hub/${HUB_FOLDERS[kind]}/${frontMatter.id}.md`,
  content: markdownFile(frontMatter, body),
});

/**
 * One roadmap as a content folder of its own: its folder, and the resources its steps link, so the loader reads it
 * back and an import finds every resource it names.
 */
export const oneRoadmapFiles = (roadmap: RoadmapContent, resources: ResourceContent[]): ContentFile[] =>
  [...roadmapFiles(roadmap), ...resourceFiles(resources)].sort(byPath);

/** A whole content folder: every resource, roadmap and hub entry. */
export const bundleFiles = (bundle: Omit<ContentBundle, 'hash' | 'stepMappings' | 'checklistMappings'>): ContentFile[] =>
  [...resourceFiles(bundle.resources), ...bundle.roadmaps.flatMap(roadmapFiles), ...bundle.hub.map(hubFile)].sort(
    byPath,
  );

/**
 * Writes the files under `dir`, which must be missing or empty: files left from another export (a step since
 * removed) would be read with the new ones and make a different roadmap.
 */
export const writeContentFiles = async (dir: string, files: ContentFile[]) => {
  const existing = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length > 0) {
    throw new ConflictError(
      `${dir} is not empty. Export into a new or empty folder, then copy what you need into your content folder.`,
    );
  }
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
};
