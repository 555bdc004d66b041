// A throwaway PostgreSQL server of a test's own, on a free port in a temporary folder, that the test can stop (fast or
// immediate shutdown) and start again to see how Waymark behaves while its database is away and when it returns.
// The machine's own server is never touched. PostgreSQL refuses to run as root, so the tools run as `postgres`,
// which must own the folder.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.ts';

const run = promisify(execFile);
const BIN = process.env.TEST_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const asPostgres = (tool: string, args: string[]) =>
  process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', path.join(BIN, tool), ...args], { timeout: 60_000 })
    : run(path.join(BIN, tool), args, { timeout: 60_000 });

export type ShutdownMode = 'fast' | 'immediate';

export interface ThrowawayPostgres {
  /** A database named `waymark` on this server, created empty. */
  url: string;
  start(): Promise<void>;
  stop(mode: ShutdownMode): Promise<void>;
  /** Stops the server (if it runs) and deletes its folder. */
  remove(): Promise<void>;
}

export const startThrowawayPostgres = async (): Promise<ThrowawayPostgres> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-pg-'));
  const port = await freePort();
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) await run('chown', ['postgres', dir]);
  let running = false;

  const start = async () => {
    await asPostgres('pg_ctl', [
      '-D',
      dataDir,
      '-o',
      // Sockets in the folder (not /var/run), TCP on loopback only, and no fsync: the data is thrown away anyway.
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
      '-l',
      path.join(dir, 'log'),
      '-w',
      'start',
    ]);
    running = true;
  };

  const stop = async (mode: ShutdownMode) => {
    if (!running) return;
    await asPostgres('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
    running = false;
  };

  try {
    await asPostgres('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await start();
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('create database waymark');
    await admin.end();
  } catch (error) {
    await stop('immediate').catch(() => {});
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/waymark`,
    start,
    stop,
    async remove() {
      await stop('immediate');
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
};
