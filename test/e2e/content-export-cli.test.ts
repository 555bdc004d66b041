// `waymark content export <dir> --roadmap <slug> | --draft <id>` run for real on an embedded database: the files of
// one roadmap, which `content validate` accepts, and the errors a person gets, with the exit codes of the other
// commands (1 for what went wrong, 64 for a command written wrong).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWaymark } from '../support/processes.ts';

let dataDir: string;
let exportDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-export-cli-'));
  exportDir = path.join(dataDir, 'exported');
  const imported = await run(['content', 'import', 'test/fixtures/content']);
  expect(imported.code, imported.output).toBe(0);
});
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

const run = (args: string[]) =>
  runWaymark(['src/cli.ts', ...args], { DATA_DIR: path.join(dataDir, 'data'), CONTENT_IMPORT_ON_START: 'false' });

describe('exporting one roadmap from the command line', () => {
  it('when a published roadmap is exported, then its files validate as content of their own', async () => {
    const exported = await run(['content', 'export', exportDir, '--roadmap', 'alpha']);
    const validated = await runWaymark(['src/cli.ts', 'content', 'validate', exportDir]);

    expect(exported.code, exported.output).toBe(0);
    expect(exported.output).toContain('Exported roadmap alpha as');
    expect(validated.output).toContain('Content is valid: 1 roadmap(s), 2 step(s)');
    expect(await fs.readdir(path.join(exportDir, 'roadmaps'))).toEqual(['alpha']);
  });

  it('when the folder is not empty, then nothing is written and the exit code is 1', async () => {
    const before = await fs.readdir(exportDir, { recursive: true });

    const again = await run(['content', 'export', exportDir, '--roadmap', 'beta']);

    expect(again.code).toBe(1);
    expect(again.output).toContain('is not empty');
    expect(await fs.readdir(exportDir, { recursive: true })).toEqual(before);
  });

  it('when the roadmap or the draft does not exist, then the exit code is 1 and the message names it', async () => {
    const roadmap = await run(['content', 'export', path.join(dataDir, 'none'), '--roadmap', 'no-such-roadmap']);
    const draft = await run([
      'content',
      'export',
      path.join(dataDir, 'none'),
      '--draft',
      '00000000-0000-4000-8000-000000000000',
    ]);

    expect(roadmap.code).toBe(1);
    expect(roadmap.output).toContain('There is no published roadmap "no-such-roadmap"');
    expect(draft.code).toBe(1);
    expect(draft.output).toContain('There is no draft 00000000-0000-4000-8000-000000000000');
  });

  it('when the draft id is not one, both kinds are asked for or another command is given one, then the exit code is 64', async () => {
    const notAnId = await run(['content', 'export', path.join(dataDir, 'none'), '--draft', 'alpha']);
    const both = await run(['content', 'export', path.join(dataDir, 'none'), '--roadmap', 'alpha', '--draft', 'x']);
    const elsewhere = await run(['content', 'import', '--roadmap', 'alpha']);

    expect(notAnId.code).toBe(64);
    expect(notAnId.output).toContain('--draft takes a draft');
    expect(both.code).toBe(64);
    expect(both.output).toContain('Give --roadmap or --draft, not both.');
    expect(elsewhere.code).toBe(64);
  });
});
