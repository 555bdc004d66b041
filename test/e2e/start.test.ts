// The README's promise, run for real: `node src/main.ts` (what `npm start` runs) on a fresh data folder serves the
// Backend roadmap from the embedded database, stops cleanly on SIGTERM, and a second start keeps the data.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWaymark, startWaymark, stopWaymark } from '../support/processes.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-start-'));
});
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

const start = (extra: Record<string, string> = {}) => startWaymark({ DATA_DIR: dataDir, ...extra });
const run = (args: string[], extra: Record<string, string> = {}, input?: string) =>
  runWaymark(args, { DATA_DIR: dataDir, ...extra }, input);
const stop = stopWaymark;

describe('starting Waymark with nothing configured', () => {
  it('when it starts on a fresh data folder, then the Backend roadmap is served; when restarted, then it is still there', async () => {
    const first = await start();
    const ready = await fetch(`${first.url}/readyz`);
    const roadmap = await fetch(`${first.url}/v1/roadmaps/backend-developer`);

    expect(ready.status).toBe(200);
    expect(roadmap.status).toBe(200);
    expect(((await roadmap.json()) as { tiers: unknown[] }).tiers).toHaveLength(4);
    expect(first.logs.some((line) => line.includes('roadmap content imported'))).toBe(true);
    expect(await stop(first.child)).toBe(0);

    const second = await start();
    const again = await fetch(`${second.url}/v1/roadmaps/backend-developer`);

    expect(again.status).toBe(200);
    expect(second.logs.some((line) => line.includes('roadmap content unchanged'))).toBe(true);
    expect(await stop(second.child)).toBe(0);
  });

  it('when a variable is invalid, then the start stops with a message naming it', async () => {
    const { code, output } = await run(['src/main.ts'], { PORT: 'eighty' });

    expect(code).toBe(78);
    expect(output).toContain('PORT="eighty" expects a whole number from 0 to 65535.');
  });

  it('when the content folder is broken, then the start stops and names the file', async () => {
    const broken = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-broken-'));
    await fs.cp('test/fixtures/content', broken, { recursive: true });
    await fs.rm(path.join(broken, 'roadmaps/beta/steps/b-one.md'));

    const { code, output } = await run(['src/main.ts'], { CONTENT_DIR: broken, DATA_DIR: `${dataDir}-broken` });

    expect(code).toBe(1);
    expect(output).toContain(
      'roadmaps/beta/roadmap.yaml at /tiers/0/steps/0: step \\"b-one\\" has no file steps/b-one.md',
    );
    await fs.rm(broken, { recursive: true, force: true });
    await fs.rm(`${dataDir}-broken`, { recursive: true, force: true });
  });
});

describe('the waymark command', () => {
  it('when content is valid, then `waymark content validate` says what it found', async () => {
    const { code, output } = await run(['bin/waymark.js', 'content', 'validate', 'test/fixtures/content']);

    expect(code).toBe(0);
    expect(output).toContain('Content is valid: 2 roadmap(s), 4 step(s), 3 resource(s), 3 hub entries.');
  });

  it('when content is broken, then `content validate` fails and names the file and field', async () => {
    const broken = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-broken-'));
    await fs.cp('test/fixtures/content', broken, { recursive: true });
    await fs.writeFile(path.join(broken, 'roadmaps/beta/roadmap.yaml'), 'slug: beta\n');

    const { code, output } = await run(['src/cli.ts', 'content', 'validate', broken]);

    expect(code).toBe(1);
    expect(output).toContain('roadmaps/beta/roadmap.yaml: missing field(s): title, summary');
    await fs.rm(broken, { recursive: true, force: true });
  });

  it('when an unknown command is given, then the usage is printed', async () => {
    const { code, output } = await run(['src/cli.ts', 'content', 'publish']);

    expect(code).toBe(64);
    expect(output).toContain('Usage: npx waymark <command>');
  });

  it('when `content import` then `content export` run, then the export validates', async () => {
    const exportDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-export-'));
    const cliData = `${dataDir}-cli`;
    const imported = await run(['src/cli.ts', 'content', 'import', 'test/fixtures/content'], { DATA_DIR: cliData });
    const exported = await run(['src/cli.ts', 'content', 'export', exportDir], { DATA_DIR: cliData });
    const validated = await run(['src/cli.ts', 'content', 'validate', exportDir]);

    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.output)).toMatchObject({ roadmaps: { created: 2 }, steps: { created: 4 } });
    expect(exported.code).toBe(0);
    expect(validated.output).toContain('Content is valid: 2 roadmap(s), 4 step(s), 3 resource(s), 3 hub entries.');
    await fs.rm(exportDir, { recursive: true, force: true });
    await fs.rm(cliData, { recursive: true, force: true });
  });
});

describe('managing users from the command line', () => {
  it('when an admin is created with a piped password and a role is set, then both take effect', async () => {
    const usersData = `${dataDir}-users`;
    const env = { DATA_DIR: usersData, CONTENT_IMPORT_ON_START: 'false' };
    const created = await run(
      ['bin/waymark.js', 'users', 'create-admin', '--email', 'root@example.org', '--name', 'Root', '--password-stdin'],
      env,
      'a long and unusual passphrase\n',
    );
    const again = await run(
      ['bin/waymark.js', 'users', 'create-admin', '--email', 'ROOT@example.org', '--name', 'Root', '--password-stdin'],
      env,
      'a long and unusual passphrase\n',
    );
    const weak = await run(
      ['bin/waymark.js', 'users', 'create-admin', '--email', 'weak@example.org', '--name', 'Weak', '--password-stdin'],
      env,
      'password\n',
    );
    const demoted = await run(['bin/waymark.js', 'users', 'set-role', 'root@example.org', 'editor'], env);
    const badRole = await run(['bin/waymark.js', 'users', 'set-role', 'root@example.org', 'emperor'], env);

    expect(created).toMatchObject({
      code: 0,
      output: expect.stringContaining('Created admin root@example.org') as string,
    });
    expect(again).toMatchObject({ code: 1, output: expect.stringContaining('already has an account') as string });
    expect(weak).toMatchObject({ code: 1, output: expect.stringContaining('most common passwords') as string });
    expect(demoted).toMatchObject({
      code: 0,
      output: expect.stringContaining('root@example.org is now editor.') as string,
    });
    expect(badRole.code).toBe(64);
    await fs.rm(usersData, { recursive: true, force: true });
  });
});

describe('the Node.js version check', () => {
  const runCheck = async (version: string) => {
    const code = await fs.readFile('scripts/check-node.js', 'utf8');
    const errors: string[] = [];
    let exitCode: number | undefined;
    vm.runInNewContext(code, {
      process: { versions: { node: version }, exit: (c: number) => (exitCode = c) },
      console: { error: (message: string) => errors.push(message) },
    });
    return { exitCode, errors };
  };

  it('when npm runs on Node.js 20, then the start stops and says Node.js 24 is needed', async () => {
    const { exitCode, errors } = await runCheck('20.20.2');

    expect(exitCode).toBe(1);
    expect(errors.join('\n')).toContain('Waymark needs Node.js 24 or newer');
  });

  it('when npm runs on Node.js 24, then the check passes silently', async () => {
    expect(await runCheck('24.21.0')).toEqual({ exitCode: undefined, errors: [] });
  });
});
