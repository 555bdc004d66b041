// A learner's own progress on a roadmap: following it, the status of each step, private notes, the job-ready
// self-assessment, and the answers to "where am I, what next". The use cases fetch and store; the calculations are
// pure functions beside them: rollup.ts (percentages, next step, readiness), streaks.ts, plan.ts, progress-csv.ts.
import type { ChecklistLevel, StepStatus } from '../../lib/enums.ts';
import { Type, type Static } from 'typebox';
import { CursorRowId, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { UpstreamVersion } from '../forks/fork-mapping.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { RoadmapsService } from '../roadmaps/roadmaps.service.ts';
import { checkGuestImportBounds, sortGuestImport } from './guest-import.ts';
import { planToICalendar, scalePlan, trackPlan, type CohortDueDates } from './plan.ts';
import type { ProgressRepository } from './progress.repository.ts';
import { progressOn } from './rollup.ts';
import { streaks } from './streaks.ts';
import type {
  Follow,
  FollowBody,
  GuestProgressBody,
  Progress,
  PublicProfile,
  PublicProfileSettings,
} from './progress.schemas.ts';

type FollowRow = NonNullable<Awaited<ReturnType<ProgressRepository['findFollow']>>>;

const toFollow = (row: FollowRow): Follow => ({
  roadmap: { slug: row.slug, title: row.title },
  hoursPerWeek: Number(row.hoursPerWeek),
  startDate: row.startDate,
  followedAt: row.followedAt.toISOString(),
  following: row.stoppedAt === null,
  updatedAt: row.updatedAt.toISOString(),
});

/** A write that crossed a publish removing its step: nothing was written (decision 0032). */
const stepGone = (slug: string, stepId: string) =>
  new NotFoundError(
    `Roadmap "${slug}" no longer has step "${stepId}": a new version was published. Reload the roadmap and save it again.`,
  );

const ActivityCursor = Type.Object({ before: CursorRowId }, { additionalProperties: false });

export const createProgressService = ({
  progressRepository,
  transact,
  roadmapsService,
  cohortDueDates,
  versionsOf,
  publicHost,
  organisation,
  now = () => new Date(),
}: {
  progressRepository: ProgressRepository;
  /** Following or unfollowing and its activity event commit together. */
  transact: UnitOfWork<{
    progressRepository: Pick<ProgressRepository, 'upsertFollow' | 'stopFollowing' | 'recordEvent' | 'seeLatestVersion'>;
  }>;
  roadmapsService: Pick<RoadmapsService, 'getRoadmapDocument'>;
  /** The due dates of the learner's cohorts on a roadmap, which their plan shows beside its own dates. */
  cohortDueDates: (userId: string, slug: string) => Promise<CohortDueDates[]>;
  /** Every version of a roadmap with its step mapping, oldest first: what a guest's older step ids follow. */
  versionsOf: (slug: string) => Promise<UpstreamVersion[]>;
  /** For the UIDs of calendar events. */
  publicHost: string;
  /** BRAND_NAME: whose calendar it is. */
  organisation: string;
  now?: () => Date;
}) => {
  const roadmapOf = async (slug: string) => (await roadmapsService.getRoadmapDocument(slug)).document;

  const stepOf = (roadmap: RoadmapDocument, stepId: string) => {
    const step = roadmap.tiers.flatMap((tier) => tier.steps).find((candidate) => candidate.id === stepId);
    if (step === undefined) throw new NotFoundError(`Roadmap "${roadmap.slug}" has no step "${stepId}".`);
    return step;
  };

  return {
    async listFollows(userId: string) {
      return { items: (await progressRepository.listFollows(userId)).map(toFollow) };
    },

    async follow(userId: string, slug: string, body: FollowBody): Promise<Follow> {
      await roadmapOf(slug);
      await transact(async (unit) => {
        await unit.progressRepository.upsertFollow(userId, slug, body.hoursPerWeek, body.startDate);
        await unit.progressRepository.seeLatestVersion(userId, slug);
        await unit.progressRepository.recordEvent({
          userId,
          slug,
          kind: 'followed',
          detail: `${body.hoursPerWeek} h/week`,
        });
      });
      return toFollow((await progressRepository.findFollow(userId, slug))!);
    },

    async stopFollowing(userId: string, slug: string) {
      await transact(async (unit) => {
        if (!(await unit.progressRepository.stopFollowing(userId, slug))) {
          throw new NotFoundError(`You do not follow "${slug}".`);
        }
        await unit.progressRepository.recordEvent({ userId, slug, kind: 'stopped' });
      });
    },

    async setStepStatus(userId: string, slug: string, stepId: string, status: StepStatus) {
      stepOf(await roadmapOf(slug), stepId);
      const row = await progressRepository.upsertStepStatus(userId, slug, stepId, status);
      if (row === undefined) throw stepGone(slug, stepId);
      return { ...row, updatedAt: row.updatedAt.toISOString() };
    },

    async setChecklistLevel(userId: string, slug: string, itemId: string, level: ChecklistLevel) {
      const roadmap = await roadmapOf(slug);
      if (!roadmap.checklist.some((item) => item.id === itemId)) {
        throw new NotFoundError(`Roadmap "${slug}" has no checklist item "${itemId}".`);
      }
      const row = await progressRepository.upsertChecklist(userId, slug, itemId, level);
      return { ...row, updatedAt: row.updatedAt.toISOString() };
    },

    async setNote(userId: string, slug: string, stepId: string, body: string) {
      stepOf(await roadmapOf(slug), stepId);
      const row = await progressRepository.upsertNote(userId, slug, stepId, body);
      if (row === undefined) throw stepGone(slug, stepId);
      return { ...row, updatedAt: row.updatedAt.toISOString() };
    },

    async getNote(userId: string, slug: string, stepId: string) {
      stepOf(await roadmapOf(slug), stepId);
      const row = await progressRepository.findNote(userId, slug, stepId);
      if (row === undefined) throw new NotFoundError('You have no note on this step yet.');
      return { ...row, updatedAt: row.updatedAt.toISOString() };
    },

    /**
     * Merges what a visitor tracked in the browser before signing up. Merge rule: the further-along status, the
     * more confident self-assessment and the later-written note win; so importing twice changes nothing. Bounded and
     * written at once (guest-import.ts).
     */
    async importGuestProgress(userId: string, body: GuestProgressBody) {
      checkGuestImportBounds(body);
      const { merge, ignored } = await sortGuestImport(body, roadmapOf, versionsOf, now());
      return { applied: await progressRepository.mergeGuestProgress(userId, merge), ignored };
    },

    /** Everything the learner has tracked, per roadmap. */
    async exportProgress(userId: string) {
      const roadmaps = [];
      for (const slug of await progressRepository.roadmapsWithProgress(userId)) {
        const [follow, steps, notes, checklist, roadmap] = await Promise.all([
          progressRepository.findFollow(userId, slug),
          progressRepository.listStepProgress(userId, slug),
          progressRepository.listNotes(userId, slug),
          progressRepository.listChecklist(userId, slug),
          roadmapOf(slug).catch(() => undefined),
        ]);
        const titles = new Map(roadmap?.tiers.flatMap((tier) => tier.steps.map((step) => [step.id, step.title])) ?? []);
        roadmaps.push({
          slug,
          title: roadmap?.title ?? slug,
          follow: follow === undefined ? null : toFollow(follow),
          steps: steps.map((row) => ({
            stepId: row.stepId,
            title: titles.get(row.stepId) ?? null,
            status: row.status,
            updatedAt: row.updatedAt.toISOString(),
          })),
          notes: notes.map((row) => ({ stepId: row.stepId, body: row.body, updatedAt: row.updatedAt.toISOString() })),
          checklist: checklist.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
        });
      }
      return { exportedAt: now().toISOString(), roadmaps };
    },

    async activity(userId: string, cursor: string | undefined, limit: number) {
      const before = resumeFrom(cursor, ActivityCursor)?.before;
      const rows = await progressRepository.listEvents(userId, before, rowsForPage(limit));
      const page = pageOf(rows, limit, (last) => ({ before: last.id }));
      return {
        items: page.items.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
        nextCursor: page.nextCursor,
      };
    },

    /** Days with progress in the learner's time zone: the current streak, the longest, and the recent days. */
    async streak(userId: string) {
      const { today, timeZone, days } = await progressRepository.activeDays(userId);
      return {
        timeZone,
        today,
        ...streaks(
          days.map((day) => day.day),
          today,
        ),
        recentDays: days.slice(0, 60),
      };
    },

    /** Turns the public profile on or off and chooses what it shows. Only verified accounts may publish one. */
    async setPublicProfile(userId: string, settings: PublicProfileSettings) {
      if (settings.enabled && !(await progressRepository.isEmailVerified(userId))) {
        throw new ConflictError('Confirm your email address before you publish a profile.');
      }
      const saved = await progressRepository.upsertPublicProfile(userId, { ...settings, bio: settings.bio ?? null });
      if (!saved) throw new ConflictError(`The handle "${settings.handle}" is taken.`);
      return this.getOwnPublicProfileSettings(userId);
    },

    async getOwnPublicProfileSettings(userId: string): Promise<PublicProfileSettings> {
      const row = await progressRepository.findOwnPublicProfile(userId);
      if (row === undefined) throw new NotFoundError('You have not set up a public profile.');
      return {
        enabled: row.enabled,
        handle: row.handle,
        showProgress: row.showProgress,
        showStreak: row.showStreak,
        ...(row.bio === null ? {} : { bio: row.bio }),
      };
    },

    /** What anyone sees at /v1/profiles/{handle}: only what the learner chose to share. */
    async getPublicProfile(handle: string) {
      const profile = await progressRepository.findPublishedProfile(handle);
      if (profile === undefined) throw new NotFoundError(`There is no public profile "${handle}".`);
      const result: Static<typeof PublicProfile> = {
        handle: profile.handle,
        displayName: profile.displayName,
        bio: profile.bio,
      };
      if (profile.showProgress) {
        const follows = (await progressRepository.listFollows(profile.userId)).filter((f) => f.stoppedAt === null);
        result.roadmaps = [];
        for (const follow of follows) {
          const progress = await this.getProgress(profile.userId, follow.slug);
          result.roadmaps.push({
            slug: follow.slug,
            title: follow.title,
            percent: progress.overall.percent,
            stepsDone: progress.overall.counts.done,
            steps: progress.overall.steps,
          });
        }
      }
      if (profile.showStreak) {
        const { today, days } = await progressRepository.activeDays(profile.userId);
        result.streak = streaks(
          days.map((day) => day.day),
          today,
        );
      }
      return result;
    },

    /** The plan anyone can preview: no account, no progress. */
    async previewPlan(slug: string, hoursPerWeek: number, startDate?: string) {
      const roadmap = await roadmapOf(slug);
      const plan = scalePlan(roadmap, hoursPerWeek, startDate ?? now().toISOString().slice(0, 10));
      return { roadmap: { slug, title: roadmap.title }, ...plan };
    },

    /** The learner's plan at the pace they follow the roadmap with, and how they are doing against it. */
    async personalPlan(userId: string, slug: string) {
      const follow = await progressRepository.findFollow(userId, slug);
      if (follow === undefined) throw new NotFoundError(`You do not follow "${slug}": follow it to get a plan.`);
      const roadmap = await roadmapOf(slug);
      const plan = scalePlan(roadmap, Number(follow.hoursPerWeek), follow.startDate);
      const [progress, firstActivity, cohorts] = await Promise.all([
        this.getProgress(userId, slug),
        progressRepository.firstStepActivity(userId, slug),
        cohortDueDates(userId, slug),
      ]);
      return {
        roadmap: { slug, title: roadmap.title },
        ...plan,
        tracking: { percentDone: progress.overall.percent, ...trackPlan(plan, progress.overall, firstActivity, now()) },
        cohorts,
      };
    },

    async personalPlanCalendar(userId: string, slug: string) {
      const plan = await this.personalPlan(userId, slug);
      return planToICalendar(plan, plan.roadmap, { uidHost: publicHost, organisation }, now());
    },

    async getProgress(userId: string, slug: string): Promise<Progress> {
      const roadmap = await roadmapOf(slug);
      const [stepRows, checklistRows] = await Promise.all([
        progressRepository.listStepProgress(userId, slug),
        progressRepository.listChecklist(userId, slug),
      ]);
      return progressOn(roadmap, stepRows, checklistRows);
    },
  };
};

export type ProgressService = ReturnType<typeof createProgressService>;
