// The `links.check` job: on LINK_CHECK_SCHEDULE (daily by default), and when an editor asks.
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import type { LinkCheckService } from './link-check.service.ts';

export const startLinkCheckWorker = async (
  jobs: Pick<JobQueue, 'work' | 'schedule' | 'unschedule'>,
  linkCheckService: Pick<LinkCheckService, 'run'>,
  options: { enabled: boolean; schedule: string },
  logger: Logger,
) => {
  await jobs.work('links.check', async () => {
    const counts = await linkCheckService.run();
    logger.info(counts, 'resource links checked');
  });
  // Turned off, the schedule saved by an earlier start is removed: pg-boss would go on queueing runs that check nothing.
  if (options.enabled) await jobs.schedule('links.check', options.schedule);
  else await jobs.unschedule('links.check');
};
