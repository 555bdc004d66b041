// The answers about a cohort, as its mentors and its members see them, built from its rows.
import type { CohortMembersRepository, MemberProgressRow } from './cohort-members.repository.ts';
import type { CohortRow, CohortsRepository } from './cohorts.repository.ts';
import type { Cohort, MemberProgress, MyCohort } from './cohorts.schemas.ts';

export type CohortViewDeps = Pick<CohortsRepository, 'listStages' | 'listMentors'>;

const commonFields = async (repository: CohortViewDeps, row: CohortRow) => {
  const [stages, mentors] = await Promise.all([repository.listStages(row.id), repository.listMentors(row.id)]);
  return {
    id: row.id,
    name: row.name,
    roadmap: { slug: row.roadmapSlug, title: row.roadmapTitle },
    startDate: row.startDate,
    hoursPerWeek: Number(row.hoursPerWeek),
    finishOn: stages.at(-1)?.dueOn ?? row.startDate,
    stages: stages.map(({ month, title, startsOn, dueOn }) => ({ month, title, startsOn, dueOn })),
    mentors,
    archived: row.archivedAt !== null,
  };
};

export const toCohort = async (
  repository: CohortViewDeps,
  row: CohortRow & { members: number | null },
): Promise<Cohort> => ({
  ...(await commonFields(repository, row)),
  joinCode: row.joinCode,
  members: row.members ?? 0,
  createdAt: row.createdAt.toISOString(),
});

export const toMyCohort = async (repository: CohortViewDeps, row: CohortRow, joinedAt: Date): Promise<MyCohort> => ({
  ...(await commonFields(repository, row)),
  joinedAt: joinedAt.toISOString(),
});

/** One member as the mentors see them; the same for the member who asks what their mentors see. */
export const toMemberProgress = ({ joinedAtText: _cursorOnly, ...row }: MemberProgressRow): MemberProgress => ({
  ...row,
  joinedAt: row.joinedAt.toISOString(),
  lastActivityAt: row.lastActivityAt?.toISOString() ?? null,
});

export type ProgressReader = Pick<CohortMembersRepository, 'listProgress'>;
