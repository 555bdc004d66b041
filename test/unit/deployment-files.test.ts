// What can be checked about the deployment files without a Docker engine or a cluster: each against its JSON schema
// (GitHub Actions workflows with action-validator, compose.yaml with the Compose Specification schema that dclint
// ships, the Kubernetes manifests with the schemas in kubernetes-models), and the promises that matter to a running
// Waymark, and that what CI calls exists. The container's commands themselves run in test/postgres/server.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '../../src/config.ts';
import vitestConfig from '../../vitest.config.ts';

const readYaml = async (file: string) => parse(await fs.readFile(file, 'utf8'), { merge: true }) as unknown;

describe('GitHub Actions workflows', async () => {
  const files = (await fs.readdir('.github/workflows')).map((name) => path.join('.github/workflows', name));

  it.each(files)('when %s is checked against the workflow schema, then it is valid', (file) => {
    const result = spawnSync(process.execPath, ['node_modules/@action-validator/cli/cli.mjs', file], {
      encoding: 'utf8',
    });

    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it('when a workflow has an unknown key, then the validator rejects it', async () => {
    const broken = path.join(await fs.mkdtemp('/tmp/waymark-workflow-'), 'broken.yml');
    await fs.writeFile(broken, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    stepz: []\n');

    const result = spawnSync(process.execPath, ['node_modules/@action-validator/cli/cli.mjs', broken]);

    expect(result.status).not.toBe(0);
  });

  it.each(files)('when %s uses an action, then it is pinned to a full commit SHA with its version', async (file) => {
    const uses = [...(await fs.readFile(file, 'utf8')).matchAll(/uses:\s*(\S+)(.*)$/gm)];

    expect(uses.length).toBeGreaterThan(0);
    for (const [, action, rest] of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest).toMatch(/^\s+# v\d+/);
    }
  });

  it.each(files)('when %s runs, then its token has only the permissions declared in the file', async (file) => {
    const workflow = (await readYaml(file)) as { permissions?: unknown };

    expect(workflow.permissions).toBeDefined();
  });
});

/** The npm scripts a text calls: `npm run X` (with `run`'s aliases and options) and `npm test`, `npm start` … */
const npmScriptCalls = (text: string) => {
  const calls: string[] = [];
  // `npm` as a command word (not `npx`, not inside a path), its options, then the subcommand and what follows it.
  for (const [, subcommand, rest] of text.matchAll(/(?<![\w./-])npm(?:\s+-{1,2}[\w-]+)*\s+([\w:-]+)(.*)$/gm)) {
    if (['run', 'run-script', 'rum', 'urn'].includes(subcommand!)) {
      const script = /^(?:\s+-{1,2}[\w-]+)*\s+([\w:.-]+)/.exec(rest!)?.[1];
      if (script) calls.push(script);
    } else if (['test', 't', 'tst'].includes(subcommand!)) calls.push('test');
    else if (['start', 'stop', 'restart'].includes(subcommand!)) calls.push(subcommand!);
  }
  return calls;
};

describe('the npm scripts that CI, the image and Compose call', async () => {
  const { scripts } = JSON.parse(await fs.readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
  const workflows = (await fs.readdir('.github/workflows')).map((name) => path.join('.github/workflows', name));
  const files = [...workflows, '.ci/run', 'Dockerfile', 'compose.yaml'];

  it.each(files)('when %s calls an npm script, then package.json has it', async (file) => {
    const calls = npmScriptCalls(await fs.readFile(file, 'utf8'));

    expect(calls.filter((script) => !(script in scripts))).toEqual([]);
  });

  it('when a script in package.json calls another, then package.json has that one too', () => {
    const calls = Object.values(scripts).flatMap(npmScriptCalls);

    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((script) => !(script in scripts))).toEqual([]);
  });

  it.each(files)('when %s picks Vitest projects, then vitest.config.ts defines them', async (file) => {
    const projects = (vitestConfig.test?.projects ?? []).map(
      (project) => (project as { test: { name: string } }).test.name,
    );
    const picked = [...(await fs.readFile(file, 'utf8')).matchAll(/--project[=\s]+'?!?([\w-]+)/g)].map(
      ([, name]) => name,
    );

    expect(picked.filter((name) => !projects.includes(name!))).toEqual([]);
  });

  it('when a workflow calls a script package.json does not have, then the check names it', () => {
    const calls = npmScriptCalls(
      'steps:\n  - run: npm ci\n  - run: npm run -s build --if-present\n  - run: npm test\n',
    );

    expect(calls).toEqual(['build', 'test']);
    expect(calls.filter((script) => !(script in scripts))).toEqual(['build']);
  });
});

describe('compose.yaml', () => {
  it('when checked against the Compose Specification schema, then it is valid', async () => {
    const schema = JSON.parse(await fs.readFile('node_modules/dclint/schemas/compose.schema.json', 'utf8')) as object;
    // The schema names draft-07 by its https address, which Ajv knows by http only; the dialect is the same.
    const validate = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false }).compile(schema);

    const valid = validate(await readYaml('compose.yaml'));

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('when it starts, then migrations run once before the API and worker, and Redis keeps what it holds', async () => {
    const compose = (await readYaml('compose.yaml')) as {
      services: Record<
        string,
        { command?: string[]; depends_on?: Record<string, { condition: string }>; environment?: object }
      >;
    };
    const { api, worker, migrate, redis } = compose.services;

    for (const service of [api!, worker!]) {
      expect(service.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    }
    expect(migrate!.command).toEqual(['node', 'src/cli.ts', 'db', 'migrate']);
    expect(api!.command).toEqual(['node', 'src/main.ts']);
    expect(worker!.command).toEqual(['node', 'src/worker.ts']);
    expect(api!.environment).toMatchObject({ WORKER_MODE: 'off', HOST: '0.0.0.0' });
    expect(redis!.command).toEqual(expect.arrayContaining(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']));
  });
});

describe('the Dockerfile', () => {
  it('when the image starts, then it runs the server as a non-root user with a health check', async () => {
    const dockerfile = await fs.readFile('Dockerfile', 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

    expect(runtime).toMatch(/^\nFROM node:24[\w.-]* AS runtime/);
    expect(runtime).toContain('\nUSER node\n');
    expect(runtime).toMatch(/\nHEALTHCHECK .*\n.*\/healthz/);
    expect(runtime).toContain('\nCMD ["node", "src/main.ts"]');
    expect(dockerfile).toContain('npm ci --omit=dev');
  });
});

describe('the Kubernetes manifests', async () => {
  const folder = 'deploy/kubernetes';
  const kustomization = (await readYaml(path.join(folder, 'kustomization.yaml'))) as { resources: string[] };
  const documents = (
    await Promise.all(
      kustomization.resources.map(async (file) =>
        parseAllDocuments(await fs.readFile(path.join(folder, file), 'utf8')).map((document) => ({
          file,
          object: document.toJS() as { apiVersion: string; kind: string; metadata: { name: string } },
        })),
      ),
    )
  ).flat();
  type Model = new (data: unknown) => { validate(): void };

  it('when kustomize builds the folder, then every manifest in it is listed', async () => {
    const files = (await fs.readdir(folder)).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');

    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });

  it.each(documents.map(({ file, object }) => [`${object.kind} in ${file}`, object] as const))(
    'when the %s is checked against its Kubernetes schema, then it is valid',
    async (_name, object) => {
      const module = (await import(`kubernetes-models/${object.apiVersion}/${object.kind}`)) as Record<string, Model>;
      const Kind = module[object.kind]!;

      expect(() => new Kind(object).validate()).not.toThrow();
    },
  );

  it('when a manifest is wrong, then the schema check says where', async () => {
    const { Deployment } = (await import('kubernetes-models/apps/v1/Deployment')) as Record<string, Model>;
    const api = structuredClone(documents.find(({ object }) => object.metadata.name === 'waymark-api')!.object);
    (api as unknown as { spec: { replicas: unknown } }).spec.replicas = 'two';

    expect(() => new Deployment!(api).validate()).toThrow(/replicas must be integer/);
  });

  it('when a pod is told to stop, then Waymark gives up on its work before Kubernetes kills the pod', () => {
    interface Container {
      env?: { name: string; value: string }[];
      lifecycle?: { preStop?: { exec?: { command: string[] } } };
    }
    const config = documents.find(({ object }) => object.kind === 'ConfigMap')!.object as unknown as {
      data: Record<string, string>;
    };
    const deployments = documents
      .map(({ object }) => object)
      .filter((object) => object.kind === 'Deployment') as unknown as {
      metadata: { name: string };
      spec: { template: { spec: { terminationGracePeriodSeconds: number; containers: Container[] } } };
    }[];

    const budgets = deployments.map(({ metadata, spec }) => {
      const [container] = spec.template.spec.containers;
      const graceMs = Number(
        container!.env?.find(({ name }) => name === 'SHUTDOWN_GRACE_MS')?.value ??
          config.data.SHUTDOWN_GRACE_MS ??
          loadConfig({}).shutdown.graceMs,
      );
      const pauseMs = Number(container!.lifecycle?.preStop?.exec?.command[1] ?? 0) * 1000;
      return {
        name: metadata.name,
        usedMs: pauseMs + graceMs,
        killedAfterMs: spec.template.spec.terminationGracePeriodSeconds * 1000,
      };
    });

    expect(budgets.map(({ name }) => name).sort()).toEqual(['waymark-api', 'waymark-worker']);
    for (const { usedMs, killedAfterMs } of budgets) expect(usedMs).toBeLessThan(killedAfterMs);
    // The worker uses most of its pod's grace period for the job in hand, not only the default.
    const worker = budgets.find(({ name }) => name === 'waymark-worker')!;
    expect(worker.usedMs).toBeGreaterThan(worker.killedAfterMs / 2);
  });

  it('when a pod is told to stop, then it pauses shorter than its grace period; the API probes /healthz and /readyz', () => {
    interface Container {
      lifecycle?: { preStop?: { exec?: { command: string[] } } };
      livenessProbe?: { httpGet: { path: string } };
      readinessProbe?: { httpGet: { path: string } };
      securityContext: { readOnlyRootFilesystem: boolean; allowPrivilegeEscalation: boolean };
    }
    const deployments = documents
      .map(({ object }) => object)
      .filter((object) => object.kind === 'Deployment') as unknown as {
      metadata: { name: string };
      spec: {
        template: {
          spec: { terminationGracePeriodSeconds: number; securityContext: object; containers: Container[] };
        };
      };
    }[];
    const api = deployments.find((deployment) => deployment.metadata.name === 'waymark-api')!.spec.template.spec;
    const [container] = api.containers;
    const [, pause] = container!.lifecycle!.preStop!.exec!.command;

    expect(Number(pause)).toBeLessThan(api.terminationGracePeriodSeconds);
    expect(container!.livenessProbe!.httpGet.path).toBe('/healthz');
    expect(container!.readinessProbe!.httpGet.path).toBe('/readyz');
    expect(deployments).toHaveLength(2);
    for (const deployment of deployments) {
      expect(deployment.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true });
      expect(deployment.spec.template.spec.containers[0]!.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
    }
  });
});
