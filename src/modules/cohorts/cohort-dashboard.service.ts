// The mentor's dashboard of a cohort (decision 0042): its members by status and by how much they have done, where
// they stall, how ready they say they are, what they did lately, and the members' table as CSV. Like every mentor's
// read, each use case first finds the cohort among the caller's own (404 for anyone else, decision 0038).
import { Type } from 'typebox';
import { CursorRowId, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { toCsv } from '../../lib/csv.ts';
import { MAX_PAGE_ROWS } from '../../infra/page-size.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { RoadmapsService } from '../roadmaps/roadmaps.service.ts';
import type { CohortDashboardRepository } from './cohort-dashboard.repository.ts';
import type { ActivityPage, CohortDashboard } from './cohort-dashboard.schemas.ts';
import type { CohortMembersRepository, MembersView, MemberProgressRow } from './cohort-members.repository.ts';
import type { CohortsRepository } from './cohorts.repository.ts';
import { notFound } from './cohorts.service.ts';

const ActivityCursor = Type.Object({ beforeId: CursorRowId }, { additionalProperties: false });
/** Most members one CSV holds; far more than any cohort has. */
const MAX_CSV_MEMBERS = 20_000;
const DAY_SECONDS = 86_400;

export interface CohortDashboardServiceDeps {
  cohortsRepository: Pick<CohortsRepository, 'findMentoredCohort'>;
  cohortMembersRepository: Pick<CohortMembersRepository, 'countByStatus' | 'expectedPercent' | 'listProgress'>;
  cohortDashboardRepository: CohortDashboardRepository;
  roadmapsService: Pick<RoadmapsService, 'getRoadmapDocument'>;
  now?: () => Date;
}

export const createCohortDashboardService = ({
  cohortsRepository,
  cohortMembersRepository,
  cohortDashboardRepository,
  roadmapsService,
  now = () => new Date(),
}: CohortDashboardServiceDeps) => {
  const today = () => now().toISOString().slice(0, 10);

  const mentored = async (id: string, actor: SignedInActor) => {
    const cohort = await cohortsRepository.findMentoredCohort(id, actor.userId);
    if (cohort === undefined) throw notFound(id);
    return cohort;
  };

  /** The roadmap's steps and checklist items by id, for naming what the members' rows refer to. */
  const namesOn = async (roadmapSlug: string) => {
    const { document } = await roadmapsService.getRoadmapDocument(roadmapSlug);
    const names = new Map<string, string>();
    for (const step of document.tiers.flatMap((tier) => tier.steps)) names.set(`step:${step.id}`, step.title);
    for (const item of document.checklist) names.set(`checklist:${item.id}`, item.title);
    return { checklist: document.checklist, names };
  };

  return {
    async dashboard(id: string, actor: SignedInActor, idleDays = 7): Promise<CohortDashboard> {
      const cohort = await mentored(id, actor);
      const slug = cohort.roadmapSlug;
      const on = today();
      const idleBefore = new Date(now().getTime() - idleDays * DAY_SECONDS * 1000);
      const [counts, expectedPercent, idle, slow, unhelpful, answers, { checklist }] = await Promise.all([
        cohortMembersRepository.countByStatus({ cohortId: id, roadmapSlug: slug, today: on }),
        cohortMembersRepository.expectedPercent(id, on),
        cohortDashboardRepository.listIdleSteps(id, slug, idleBefore),
        cohortDashboardRepository.listSlowSteps(id, slug),
        cohortDashboardRepository.listUnhelpfulSteps(id, slug),
        cohortDashboardRepository.countChecklistAnswers(id, slug),
        namesOn(slug),
      ]);
      const sum = (keep: (row: (typeof counts)[number]) => boolean) =>
        counts.filter(keep).reduce((total, row) => total + row.members, 0);
      const total = sum(() => true);
      const answersOf = new Map(answers.map((row) => [row.itemId, row]));
      return {
        today: on,
        expectedPercent,
        members: {
          total,
          ahead: sum((row) => row.status === 'ahead'),
          onTrack: sum((row) => row.status === 'on_track'),
          behind: sum((row) => row.status === 'behind'),
          notStarted: sum((row) => !row.started),
        },
        progressSpread: Array.from({ length: 10 }, (_, tenth) => ({
          fromPercent: tenth * 10,
          toPercent: tenth * 10 + 10,
          members: sum((row) => row.tenth === tenth),
        })),
        stalls: {
          idleDays,
          idle: idle.map((row) => ({ ...row, idleSince: row.idleSince.toISOString() })),
          slow: slow.map(({ medianSeconds, ...row }) => ({
            ...row,
            medianDays: Math.round((medianSeconds / DAY_SECONDS) * 10) / 10,
          })),
          unhelpful,
        },
        checklist: checklist.map((item) => {
          const { confident = 0, partly = 0, notYet = 0 } = answersOf.get(item.id) ?? {};
          return {
            itemId: item.id,
            title: item.title,
            answered: confident + partly + notYet,
            confident,
            partly,
            notYet,
            readyPercent: total === 0 ? 0 : Math.round((confident / total) * 1000) / 10,
          };
        }),
      };
    },

    async activity(
      id: string,
      actor: SignedInActor,
      query: { limit?: number; cursor?: string },
    ): Promise<ActivityPage> {
      const cohort = await mentored(id, actor);
      const limit = query.limit ?? 50;
      const before = resumeFrom(query.cursor, ActivityCursor)?.beforeId;
      const [rows, { names }] = await Promise.all([
        cohortDashboardRepository.listActivity(id, cohort.roadmapSlug, before, rowsForPage(limit)),
        namesOn(cohort.roadmapSlug),
      ]);
      const page = pageOf(rows, limit, (last) => ({ beforeId: last.id }));
      return {
        items: page.items.map((row) => {
          const key = row.kind === 'checklist' ? `checklist:${row.subjectId}` : `step:${row.subjectId}`;
          const title = row.subjectId === null ? undefined : names.get(key);
          return {
            id: row.id,
            userId: row.userId,
            displayName: row.displayName,
            kind: row.kind,
            subject: title === undefined ? null : { id: row.subjectId!, title },
            status: row.kind === 'step_status' ? (row.detail as ActivityPage['items'][number]['status']) : null,
            occurredAt: row.occurredAt.toISOString(),
          };
        }),
        nextCursor: page.nextCursor,
      };
    },

    /** The members' table as CSV, with the same filters and order as its page, all pages at once. */
    async membersCsv(id: string, actor: SignedInActor, view: MembersView) {
      const cohort = await mentored(id, actor);
      const on = today();
      const perRead = MAX_PAGE_ROWS - 1;
      const rows: MemberProgressRow[] = [];
      for (let read = perRead; read === perRead && rows.length < MAX_CSV_MEMBERS;) {
        const last = rows.at(-1);
        const next = await cohortMembersRepository.listProgress({
          cohortId: id,
          roadmapSlug: cohort.roadmapSlug,
          today: on,
          after: last === undefined ? undefined : { joinedAt: last.joinedAtText, userId: last.userId },
          view: { ...view, offset: rows.length },
          limit: perRead,
        });
        read = Math.min(next.length, perRead);
        rows.push(...next.slice(0, perRead));
      }
      return membersToCsv(rows, on);
    },
  };
};

const membersToCsv = (rows: readonly MemberProgressRow[], today: string) =>
  toCsv([
    [
      'Member',
      'Joined',
      'Status',
      'Days behind',
      'Days ahead',
      'Percent done',
      'Percent expected',
      'Steps done',
      'Steps',
      'Hours done',
      'Started',
      'Last activity',
      'Schedule read on',
    ],
    ...rows.map((row) => [
      row.displayName,
      row.joinedAt.toISOString(),
      row.status.replace('_', ' '),
      row.daysBehind,
      row.daysAhead,
      row.percentDone,
      row.expectedPercent,
      row.stepsDone,
      row.steps,
      row.hoursDone,
      row.started ? 'yes' : 'no',
      row.lastActivityAt?.toISOString() ?? '',
      today,
    ]),
  ]);

export type CohortDashboardService = ReturnType<typeof createCohortDashboardService>;
