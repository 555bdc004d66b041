// Analytics for editors: how helpful each section is, where learners stall, how many are active, how long steps
// take. The scheduled jobs compute the figures into rollup tables (rollUp), and purge raw feedback past its
// retention (purge); a read only selects one roadmap's rollups. An editor can ask for a rollup now (recompute).
import type { JobQueue, QueueName } from '../../infra/jobs.ts';
import { toCsv } from '../../lib/csv.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { RoadmapsService } from '../roadmaps/roadmaps.service.ts';
import type { AnalyticsRepository } from './analytics.repository.ts';
import type { Analytics } from './feedback.schemas.ts';
import type { TargetNamesRepository } from './target-names.repository.ts';
import { wilsonLowerBound } from './wilson.ts';

const ROLLUP = 'feedback.rollup';

export interface AnalyticsServiceDeps {
  analyticsRepository: AnalyticsRepository;
  targetNamesRepository: Pick<TargetNamesRepository, 'name'>;
  roadmapsService: Pick<RoadmapsService, 'getRoadmapDocument'>;
  /** Whether a rollup already waits in the queue. */
  jobs: Pick<JobQueue, 'queued'>;
  /** A recomputation asked for and its audit entry commit together. */
  transact: UnitOfWork<{
    auditRepository: Pick<AuditRepository, 'record'>;
    queueJob: (queue: QueueName, data: object) => Promise<void>;
  }>;
  retentionDays: number;
  now?: () => Date;
}

const DAY_MS = 24 * 3600 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const createAnalyticsService = ({
  analyticsRepository,
  targetNamesRepository,
  roadmapsService,
  jobs,
  transact,
  retentionDays,
  now = () => new Date(),
}: AnalyticsServiceDeps) => ({
  /** Recomputes every rollup (the scheduled `feedback.rollup` job; tests call it directly). */
  rollUp: () =>
    analyticsRepository.exclusively(async (repository) => {
      await repository.rollUpVotes();
      await repository.rollUpFunnel();
      await repository.rollUpActiveWeeks();
      await repository.rollUpStepTime();
    }),

  /**
   * Deletes raw votes and comments older than the retention (whole UTC days) after rolling their votes up, so no
   * count changes (the scheduled `feedback.purge` job).
   */
  purge: () =>
    analyticsRepository.exclusively(async (repository) => {
      await repository.rollUpVotes();
      const today = now();
      return repository.purgeBefore(isoDay(new Date(today.getTime() - retentionDays * DAY_MS)), isoDay(today));
    }),

  /**
   * Queues a rollup of every roadmap now, unless one is already waiting: asking twice queues one. The request is
   * audited with the job, in one transaction.
   */
  async recompute(editor: SignedInActor) {
    if ((await jobs.queued(ROLLUP)) > 0) return { queued: true as const, alreadyQueued: true };
    await transact(async (unit) => {
      await unit.queueJob(ROLLUP, {});
      await unit.auditRepository.record({
        action: 'analytics.recompute_requested',
        actorId: editor.userId,
        ip: editor.ip,
        userAgent: editor.userAgent,
      });
    });
    return { queued: true as const, alreadyQueued: false };
  },

  async read(slug: string): Promise<Analytics> {
    // A 404 for a roadmap that does not exist, rather than empty figures.
    await roadmapsService.getRoadmapDocument(slug);
    const [{ summary, helpfulness, funnel, weeks, stepTime }, queued] = await Promise.all([
      analyticsRepository.readAnalytics(slug),
      jobs.queued(ROLLUP),
    ]);
    const nameOf = await targetNamesRepository.name(helpfulness.map(({ target }) => ({ roadmap: slug, target })));
    const followers = summary?.followers ?? 0;
    return {
      roadmap: slug,
      computedAt: summary?.computedAt.toISOString() ?? null,
      recomputing: queued > 0,
      helpfulness: helpfulness
        .map((row) => ({
          target: row.target,
          about: nameOf({ roadmap: slug, target: row.target }),
          helpful: row.helpful,
          notHelpful: row.notHelpful,
          wilsonLowerBound: wilsonLowerBound(row.helpful, row.helpful + row.notHelpful),
        }))
        .sort((a, b) => b.wilsonLowerBound - a.wilsonLowerBound || a.target.localeCompare(b.target)),
      funnel: {
        followers,
        steps: funnel.map((step, index) => ({
          stepId: step.stepId,
          number: step.position,
          started: step.started,
          finished: step.finished,
          dropOffBefore: (index === 0 ? followers : funnel[index - 1]!.finished) - step.started,
          dropOffWithin: step.started - step.finished,
        })),
      },
      activeLearners: weeks,
      stepTime,
    };
  },
});

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;

/** One figure per row (metric, subject, value): every part of the analytics in one spreadsheet-friendly table. */
export const analyticsToCsv = (analytics: Analytics) => {
  const rows: [string, string, number][] = [['followers', analytics.roadmap, analytics.funnel.followers]];
  for (const section of analytics.helpfulness) {
    rows.push(['helpful_votes', section.target, section.helpful]);
    rows.push(['not_helpful_votes', section.target, section.notHelpful]);
    rows.push(['wilson_lower_bound', section.target, Number(section.wilsonLowerBound.toFixed(6))]);
  }
  for (const step of analytics.funnel.steps) {
    rows.push(['started', `step:${step.stepId}`, step.started]);
    rows.push(['finished', `step:${step.stepId}`, step.finished]);
    rows.push(['drop_off_before', `step:${step.stepId}`, step.dropOffBefore]);
    rows.push(['drop_off_within', `step:${step.stepId}`, step.dropOffWithin]);
  }
  for (const week of analytics.activeLearners) rows.push(['active_learners', week.week, week.learners]);
  for (const step of analytics.stepTime) {
    rows.push(['median_seconds', `step:${step.stepId}`, step.medianSeconds]);
    rows.push(['timed_learners', `step:${step.stepId}`, step.learners]);
  }
  return toCsv([['metric', 'subject', 'value'], ...rows]);
};
