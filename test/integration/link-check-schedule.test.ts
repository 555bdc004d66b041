import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import { startLinkCheckWorker } from '../../src/modules/link-check/link-check.jobs.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const silent = createLogger({ logLevel: 'silent' });
const savedSchedules = async () =>
  (
    await sql<{
      name: string;
      cron: string;
    }>`select name, cron from pgboss.schedule where name = 'links.check'`.execute(t.database.db)
  ).rows;

describe('the link check schedule', () => {
  it('when a worker starts with link checks on, then the schedule is saved with its cron', async () => {
    await startLinkCheckWorker(t.jobs, t.container.linkCheckService, { enabled: true, schedule: '15 4 * * *' }, silent);
    expect(await savedSchedules()).toEqual([{ name: 'links.check', cron: '15 4 * * *' }]);
  });

  it('when a later start has link checks turned off, then the schedule saved before is removed', async () => {
    await startLinkCheckWorker(t.jobs, t.container.linkCheckService, { enabled: true, schedule: '15 4 * * *' }, silent);
    await startLinkCheckWorker(
      t.jobs,
      t.container.linkCheckService,
      { enabled: false, schedule: '15 4 * * *' },
      silent,
    );
    expect(await savedSchedules()).toEqual([]);
  });
});
