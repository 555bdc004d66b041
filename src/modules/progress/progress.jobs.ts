// The weekly `progress.weekly-digest` job: on Monday mornings, mail each learner who asked for it where they stand
// (see digest.ts for who gets a mail and why a week is never sent twice).
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import { isoWeek, type WeeklyDigest } from './digest.ts';

/** Mondays 08:00 UTC. */
export const WEEKLY_DIGEST_SCHEDULE = '0 8 * * 1';

export const startProgressWorkers = async (
  jobs: Pick<JobQueue, 'work' | 'schedule'>,
  weeklyDigest: Pick<WeeklyDigest, 'sendWeek'>,
  logger: Logger,
) => {
  await jobs.work('progress.weekly-digest', async () => {
    const { week, sent } = await weeklyDigest.sendWeek(isoWeek(new Date()));
    logger.info({ week, sent }, 'weekly digests enqueued');
  });
  await jobs.schedule('progress.weekly-digest', WEEKLY_DIGEST_SCHEDULE);
};
