// The daily `housekeeping.prune` job: deletes rows past their retention (see housekeeping.service.ts).
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import type { HousekeepingService } from './housekeeping.service.ts';

/** 03:41 UTC daily, apart from the feedback purge at 03:23. */
export const PRUNE_SCHEDULE = '41 3 * * *';

export const startHousekeepingWorker = async (
  jobs: Pick<JobQueue, 'work' | 'schedule'>,
  housekeepingService: Pick<HousekeepingService, 'prune'>,
  logger: Logger,
) => {
  await jobs.work('housekeeping.prune', async () => {
    const deleted = await housekeepingService.prune();
    logger.info(deleted, 'rows past their retention deleted');
  });
  await jobs.schedule('housekeeping.prune', PRUNE_SCHEDULE);
};
