// What every content file goes through, whatever it holds: listing, reading, parsing YAML and front matter, checking
// against a schema, and collecting each problem with its file and JSON pointer. The loaders of roadmaps
// (content.loader.ts) and of the hub (hub-content.loader.ts) are built from these.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import YAML from 'yaml';

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
      `The content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}

export const formatIssue = (issue: ContentIssue) =>
  `${issue.file}${issue.pointer === '' ? '' : ` at ${issue.pointer}`}: ${issue.message}`;

export interface SourceFile {
  relative: string;
  text: string;
}

export const toPosix = (p: string) => p.split(path.sep).join('/');

export const listFiles = async (dir: string, extension: string): Promise<string[]> => {
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

export const listDirs = async (dir: string): Promise<string[]> => {
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
export const createIssueList = () => {
  const issues: ContentIssue[] = [];
  return {
    issues,
    add: (file: string, pointer: string, message: string) => issues.push({ file, pointer, message }),
  };
};
export type IssueList = ReturnType<typeof createIssueList>;

export const parseYaml = (source: SourceFile, issues: IssueList): unknown => {
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
export const conforms = <T extends TSchema>(schema: T, value: unknown, file: string, issues: IssueList, base = '') => {
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

/** A Markdown file's YAML front matter, parsed, and its trimmed body; undefined (and an issue) when either is broken. */
export const splitFrontMatter = (source: SourceFile, issues: IssueList, what: string) => {
  const match = FRONT_MATTER.exec(source.text);
  if (!match) {
    issues.add(source.relative, '', `${what} starts with YAML front matter between two "---" lines`);
    return undefined;
  }
  const frontMatter = parseYaml({ relative: source.relative, text: match[1] ?? '' }, issues);
  if (frontMatter === undefined) return undefined;
  return { frontMatter, body: (match[2] ?? '').trim() };
};

export const readSource = async (root: string, relative: string): Promise<SourceFile> => ({
  relative,
  text: await fs.readFile(path.join(root, relative), 'utf8'),
});

export const hashSources = (sources: SourceFile[]) => {
  const hash = createHash('sha256');
  for (const source of [...sources].sort((a, b) => (a.relative < b.relative ? -1 : 1))) {
    hash.update(`${source.relative}\0${source.text}\0`);
  }
  return hash.digest('hex');
};

export const findDuplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
