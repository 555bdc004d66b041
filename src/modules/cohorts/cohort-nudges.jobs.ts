// The daily `cohorts.nudges` job: sends the automatic nudges that are due (see cohort-nudges.sender.ts for who gets
// one and why a nudge is never sent twice).
import type { JobQueue } from '../../infra/jobs.ts';
import type { Logger } from '../../infra/logger.ts';
import type { NudgeSender } from './cohort-nudges.sender.ts';

/** 09:17 UTC daily: in the morning for most of Europe and Africa, and off the hour other jobs start on. */
export const NUDGES_SCHEDULE = '17 9 * * *';

export const startCohortNudgesWorker = async (
  jobs: Pick<JobQueue, 'work' | 'schedule'>,
  nudgeSender: Pick<NudgeSender, 'sendDue'>,
  logger: Logger,
) => {
  await jobs.work('cohorts.nudges', async () => {
    const { period, sent } = await nudgeSender.sendDue(new Date());
    logger.info({ period, sent }, 'cohort nudges sent');
  });
  await jobs.schedule('cohorts.nudges', NUDGES_SCHEDULE);
};
