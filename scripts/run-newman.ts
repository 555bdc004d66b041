// `npm run postman`: the Postman collection run by newman against a Waymark started for it — on a fresh embedded
// database in a temporary DATA_DIR, or on the PostgreSQL in DATABASE_URL when that is set (as in GitHub Actions) —
// with an admin made by the CLI, as an operator would. Extra arguments go to newman.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const collection = path.join(root, 'postman/waymark.postman_collection.json');
const newmanBin = path.join(root, 'node_modules/newman/bin/newman.js');

const freePort = async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
};

const run = (args: string[], env: NodeJS.ProcessEnv, input?: string) =>
  new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'inherit', 'inherit'],
    });
    child.stdin?.end(input);
    child.on('exit', resolve);
  });

const waitUntilReady = async (url: string, server: ChildProcess) => {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`Waymark exited with ${server.exitCode} before it was ready`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Waymark at ${url} was not ready within 60 s`);
};

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-newman-'));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const admin = { email: `admin-${Date.now()}@newman.example.org`, password: randomBytes(18).toString('base64url') };
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: os.homedir(),
  ...(process.env.DATABASE_URL === undefined ? {} : { DATABASE_URL: process.env.DATABASE_URL }),
  ...(process.env.REDIS_URL === undefined ? {} : { REDIS_URL: process.env.REDIS_URL }),
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: baseUrl,
  LOG_LEVEL: 'warn',
  // Development mode keeps mail in the development mailbox, where the collection reads its links.
  NODE_ENV: 'development',
  // The collection signs in a dozen times within a minute, as no person would.
  AUTH_RATE_LIMIT_MAX: '1000',
  RATE_LIMIT_MAX: '10000',
};

let server: ChildProcess | undefined;
let code: number | null;
try {
  const created = await run(
    ['src/cli.ts', 'users', 'create-admin', '--email', admin.email, '--name', 'Newman Admin', '--password-stdin'],
    env,
    `${admin.password}\n`,
  );
  if (created !== 0) throw new Error('could not create the admin account for the run');
  server = spawn(process.execPath, ['src/main.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitUntilReady(baseUrl, server);
  code = await run(
    [
      newmanBin,
      'run',
      collection,
      '--env-var',
      `baseUrl=${baseUrl}`,
      '--env-var',
      `adminEmail=${admin.email}`,
      '--env-var',
      `adminPassword=${admin.password}`,
      ...process.argv.slice(2),
    ],
    process.env,
  );
} finally {
  if (server !== undefined && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  await fs.rm(dataDir, { recursive: true, force: true });
}
process.exit(code ?? 1);
