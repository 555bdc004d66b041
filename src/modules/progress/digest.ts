// The weekly digest: a scheduled job mails each learner who asked for it where they stand on every roadmap they
// follow and what to do next. Claimed per learner and ISO week in the same transaction as the mail job, so a
// retried or repeated run never sends a week twice.
import type { MailMessage } from '../mail/mail.templates.ts';
import type { ProgressRepository } from './progress.repository.ts';
import type { ProgressService } from './progress.service.ts';

/** ISO 8601 week of a date, e.g. 2026-W48 (weeks start on Monday; week 1 holds the year's first Thursday). */
export const isoWeek = (date: Date) => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
};

export interface DigestUnitOfWork {
  claimDigest: (userId: string, week: string) => Promise<boolean>;
  sendMail: (message: MailMessage) => Promise<void>;
}

export const createWeeklyDigest = ({
  progressRepository,
  progressService,
  transact,
}: {
  progressRepository: Pick<ProgressRepository, 'digestRecipients' | 'listFollows'>;
  progressService: Pick<ProgressService, 'getProgress'>;
  transact: <T>(work: (unit: DigestUnitOfWork) => Promise<T>) => Promise<T>;
}) => ({
  async sendWeek(week: string) {
    let sent = 0;
    for (const learner of await progressRepository.digestRecipients()) {
      const follows = (await progressRepository.listFollows(learner.id)).filter((follow) => follow.stoppedAt === null);
      if (follows.length === 0) continue;
      const roadmaps: Extract<MailMessage, { template: 'weekly-digest' }>['roadmaps'] = [];
      for (const follow of follows) {
        const progress = await progressService.getProgress(learner.id, follow.slug);
        roadmaps.push({
          title: follow.title,
          percent: progress.overall.percent,
          stepsDone: progress.overall.counts.done,
          steps: progress.overall.steps,
          nextStep: progress.nextStep?.title ?? null,
        });
      }
      const mailed = await transact(async (unit) => {
        if (!(await unit.claimDigest(learner.id, week))) return false;
        await unit.sendMail({
          template: 'weekly-digest',
          to: learner.email,
          displayName: learner.displayName,
          week,
          roadmaps,
        });
        return true;
      });
      if (mailed) sent += 1;
    }
    return { week, sent };
  },
});

export type WeeklyDigest = ReturnType<typeof createWeeklyDigest>;
