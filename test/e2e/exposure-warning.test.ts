// A real start on an address other machines reach, without NODE_ENV=production: the log says so before anything else.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWaymark, stopWaymark } from '../support/processes.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-exposed-'));
});
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

describe('starting Waymark for development on a public address', () => {
  it('when HOST is 0.0.0.0 and NODE_ENV is unset, then an error line explains the development mailbox and key', async () => {
    const started = await startWaymark({ DATA_DIR: dataDir, HOST: '0.0.0.0' });
    try {
      const warning = started.logs
        .map((line) => {
          try {
            return JSON.parse(line) as { level: number; msg: string };
          } catch {
            return undefined;
          }
        })
        .find((line) => line?.msg.includes('NODE_ENV=production'));

      expect(warning?.level).toBe(50);
      expect(warning?.msg).toContain('development mailbox');
      expect(warning?.msg).toContain('JWT_SECRET');
    } finally {
      await stopWaymark(started.child);
    }
  });
});
