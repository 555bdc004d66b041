// The scheduled jobs behind the analytics: an hourly rollup of every figure editors read, and a daily purge of raw
// feedback past FEEDBACK_RETENTION_DAYS (its votes rolled up first, so no count changes).
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import type { AnalyticsService } from './analytics.service.ts';

export const ROLLUP_SCHEDULE = '7 * * * *';
export const PURGE_SCHEDULE = '23 3 * * *';

export const startFeedbackWorkers = async (
  jobs: Pick<JobQueue, 'work' | 'schedule'>,
  analyticsService: Pick<AnalyticsService, 'rollUp' | 'purge'>,
  logger: Logger,
) => {
  await jobs.work('feedback.rollup', async () => {
    await analyticsService.rollUp();
    logger.info('feedback and learner analytics rolled up');
  });
  await jobs.work('feedback.purge', async () => {
    const purged = await analyticsService.purge();
    logger.info(purged, 'raw feedback past its retention purged');
  });
  await jobs.schedule('feedback.rollup', ROLLUP_SCHEDULE);
  await jobs.schedule('feedback.purge', PURGE_SCHEDULE);
};
