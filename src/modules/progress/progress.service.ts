// A learner's own progress on a roadmap: following it, the status of each step, private notes, the job-ready
// self-assessment, and the rollups that turn them into "where am I, what next".
import type { ChecklistLevel, StepStatus } from '../../infra/database.types.ts';
import { Type, type Static } from 'typebox';
import { CursorRowId, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { toCsv, type CsvCell } from '../../lib/csv.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { RoadmapsService } from '../roadmaps/roadmaps.service.ts';
import { checkGuestImportBounds, sortGuestImport } from './guest-import.ts';
import { planToICalendar, scalePlan, trackPlan } from './plan.ts';
import type { ProgressRepository } from './progress.repository.ts';
import type {
  Follow,
  FollowBody,
  GuestProgressBody,
  Progress,
  PublicProfile,
  PublicProfileSettings,
} from './progress.schemas.ts';

type FollowRow = NonNullable<Awaited<ReturnType<ProgressRepository['findFollow']>>>;
type StepRow = { stepId: string; status: StepStatus; updatedAt: Date };
type PathStep = RoadmapDocument['tiers'][number]['steps'][number];

const toFollow = (row: FollowRow): Follow => ({
  roadmap: { slug: row.slug, title: row.title },
  hoursPerWeek: Number(row.hoursPerWeek),
  startDate: row.startDate,
  followedAt: row.followedAt.toISOString(),
  following: row.stoppedAt === null,
  updatedAt: row.updatedAt.toISOString(),
});

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Counts and hours for a set of steps, given each step's status (todo when never set). */
export const rollUp = (steps: PathStep[], statusOf: (stepId: string) => StepStatus) => {
  const counts = { todo: 0, in_progress: 0, done: 0, skipped: 0 };
  let hoursDone = 0;
  let hoursLeft = 0;
  for (const step of steps) {
    const status = statusOf(step.id);
    counts[status] += 1;
    if (status === 'done') hoursDone += step.estimatedHours;
    else if (status !== 'skipped') hoursLeft += step.estimatedHours;
  }
  const counted = hoursDone + hoursLeft;
  return {
    steps: steps.length,
    counts,
    percent: counted === 0 ? 100 : round1((hoursDone / counted) * 100),
    hoursDone,
    hoursLeft,
  };
};

/**
 * The step to do next: within the earliest tier that has unfinished steps, the one linked to the best-ranked
 * priority, else the first in path order. Unfinished means neither done nor skipped.
 */
export const nextStep = (roadmap: RoadmapDocument, statusOf: (stepId: string) => StepStatus) => {
  const bestRank = new Map<string, number>();
  for (const priority of roadmap.priorities) {
    for (const stepId of priority.steps ?? []) {
      bestRank.set(stepId, Math.min(bestRank.get(stepId) ?? Infinity, priority.rank));
    }
  }
  for (const tier of roadmap.tiers) {
    const open = tier.steps.filter((step) => !['done', 'skipped'].includes(statusOf(step.id)));
    if (open.length === 0) continue;
    const chosen = [...open].sort(
      (a, b) => (bestRank.get(a.id) ?? Infinity) - (bestRank.get(b.id) ?? Infinity) || a.number - b.number,
    )[0]!;
    return { id: chosen.id, title: chosen.title, tierId: tier.id };
  }
  return null;
};

const READINESS: Record<ChecklistLevel, number> = { not_yet: 0, partly: 0.5, confident: 1 };

const ActivityCursor = Type.Object({ before: CursorRowId }, { additionalProperties: false });

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Streaks from the days with activity (YYYY-MM-DD, any order). The current streak runs back from today, or from
 * yesterday while today has nothing yet: a streak is only broken once a whole day has passed without progress.
 */
export const streaks = (activeDays: string[], today: string) => {
  const days = new Set(activeDays);
  let current = 0;
  let cursor = days.has(today) ? today : dayBefore(today);
  while (days.has(cursor)) {
    current += 1;
    cursor = dayBefore(cursor);
  }
  let longest = 0;
  for (const day of days) {
    if (days.has(dayBefore(day))) continue; // not the first day of a run
    let length = 0;
    let next = day;
    while (days.has(next)) {
      length += 1;
      next = new Date(Date.parse(`${next}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    longest = Math.max(longest, length);
  }
  return { current, longest };
};

export const createProgressService = ({
  progressRepository,
  transact,
  roadmapsService,
  publicHost,
  now = () => new Date(),
}: {
  progressRepository: ProgressRepository;
  /** Following or unfollowing and its activity event commit together. */
  transact: UnitOfWork<{
    progressRepository: Pick<ProgressRepository, 'upsertFollow' | 'stopFollowing' | 'recordEvent'>;
  }>;
  roadmapsService: Pick<RoadmapsService, 'getRoadmapDocument'>;
  /** For the UIDs of calendar events. */
  publicHost: string;
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
      const { merge, ignored } = await sortGuestImport(body, roadmapOf, now());
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
      const page = pageOf(rows, limit, (last) => ({ before: Number(last.id) }));
      return {
        items: page.items.map((row) => ({ ...row, id: Number(row.id), occurredAt: row.occurredAt.toISOString() })),
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
        showProgress: row.show_progress,
        showStreak: row.show_streak,
        ...(row.bio === null ? {} : { bio: row.bio }),
      };
    },

    /** What anyone sees at /v1/profiles/{handle}: only what the learner chose to share. */
    async getPublicProfile(handle: string) {
      const profile = await progressRepository.findPublishedProfile(handle);
      if (profile === undefined) throw new NotFoundError(`There is no public profile "${handle}".`);
      const result: Static<typeof PublicProfile> = {
        handle: profile.handle,
        displayName: profile.display_name,
        bio: profile.bio,
      };
      if (profile.show_progress) {
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
      if (profile.show_streak) {
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
      const progress = await this.getProgress(userId, slug);
      return {
        roadmap: { slug, title: roadmap.title },
        ...plan,
        tracking: { percentDone: progress.overall.percent, ...trackPlan(plan, progress.overall.percent, now()) },
      };
    },

    async personalPlanCalendar(userId: string, slug: string) {
      const plan = await this.personalPlan(userId, slug);
      return planToICalendar(plan, plan.roadmap, publicHost, now());
    },

    async getProgress(userId: string, slug: string): Promise<Progress> {
      const roadmap = await roadmapOf(slug);
      const [stepRows, checklistRows] = await Promise.all([
        progressRepository.listStepProgress(userId, slug),
        progressRepository.listChecklist(userId, slug),
      ]);
      const published = new Set(roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id)));
      const statuses = new Map(stepRows.map((row) => [row.stepId, row.status]));
      const statusOf = (stepId: string) => statuses.get(stepId) ?? 'todo';
      const entry = (row: StepRow) => ({ ...row, updatedAt: row.updatedAt.toISOString() });
      const levels = { not_yet: 0, partly: 0, confident: 0 };
      let score = 0;
      for (const row of checklistRows.filter((answer) => roadmap.checklist.some((item) => item.id === answer.itemId))) {
        levels[row.level] += 1;
        score += READINESS[row.level];
      }
      return {
        roadmap: { slug: roadmap.slug, title: roadmap.title },
        overall: rollUp(
          roadmap.tiers.flatMap((tier) => tier.steps),
          statusOf,
        ),
        tiers: roadmap.tiers.map((tier) => ({ id: tier.id, title: tier.title, ...rollUp(tier.steps, statusOf) })),
        nextStep: nextStep(roadmap, statusOf),
        checklist: {
          items: roadmap.checklist.length,
          counts: levels,
          readiness: roadmap.checklist.length === 0 ? 0 : round1((score / roadmap.checklist.length) * 100),
        },
        steps: stepRows.filter((row) => published.has(row.stepId)).map(entry),
        checklistAnswers: checklistRows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
        archived: stepRows.filter((row) => !published.has(row.stepId)).map(entry),
      };
    },
  };
};

export type ProgressService = ReturnType<typeof createProgressService>;

type ProgressExport = Awaited<ReturnType<ProgressService['exportProgress']>>;

/** One row per step the learner marked or noted, with the note beside the status. */
export const progressToCsv = (data: ProgressExport) => {
  const rows: CsvCell[][] = [['roadmap', 'step_id', 'step_title', 'status', 'status_updated_at', 'note']];
  for (const roadmap of data.roadmaps) {
    const notes = new Map(roadmap.notes.map((note) => [note.stepId, note.body]));
    const stepIds = new Set([...roadmap.steps.map((step) => step.stepId), ...notes.keys()]);
    for (const stepId of stepIds) {
      const step = roadmap.steps.find((candidate) => candidate.stepId === stepId);
      rows.push([
        roadmap.slug,
        stepId,
        step?.title ?? '',
        step?.status ?? '',
        step?.updatedAt ?? '',
        notes.get(stepId) ?? '',
      ]);
    }
  }
  return toCsv(rows);
};
