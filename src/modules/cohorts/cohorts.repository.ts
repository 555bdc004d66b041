// Cohorts, their schedules, mentors, join codes and invites. Membership and the mentors' view of progress are in
// cohort-members.repository.ts.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

/** The most cohorts one person's list shows: a mentor or learner is in a handful, not hundreds. */
export const MAX_COHORTS_LISTED = 100;

// Dates as text: a driver would read a date as midnight in its own time zone.
const cohortColumns = [
  'c.id',
  'c.name',
  'c.roadmapSlug',
  'r.title as roadmapTitle',
  sql<string>`c.start_date::text`.as('startDate'),
  'c.hoursPerWeek',
  'c.joinCode',
  'c.createdAt',
  'c.archivedAt',
] as const;

export const createCohortsRepository = (db: Db) => {
  const cohorts = () => db.selectFrom('cohorts as c').innerJoin('roadmaps as r', 'r.slug', 'c.roadmapSlug');

  return {
    async insertCohort(cohort: {
      roadmapSlug: string;
      name: string;
      startDate: string;
      hoursPerWeek: number;
      createdBy: string;
    }) {
      const row = await db
        .insertInto('cohorts')
        .values({ ...cohort, hoursPerWeek: String(cohort.hoursPerWeek) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async insertStages(cohortId: string, stages: { month: number; title: string; dueOn: string }[]) {
      await db
        .insertInto('cohortStages')
        .values(stages.map((stage, position) => ({ cohortId, position, ...stage })))
        .execute();
    },

    async setStageDueOn(cohortId: string, position: number, dueOn: string) {
      await db
        .updateTable('cohortStages')
        .set({ dueOn })
        .where('cohortId', '=', cohortId)
        .where('position', '=', position)
        .execute();
    },

    /** The cohort's stages in order, each starting the day after the one before it (the first on the start date). */
    listStages(cohortId: string) {
      return db
        .selectFrom('cohortStages as s')
        .innerJoin('cohorts as c', 'c.id', 's.cohortId')
        .select([
          's.position',
          's.month',
          's.title',
          sql<string>`s.due_on::text`.as('dueOn'),
          sql<string>`coalesce(lag(s.due_on) over (order by s.position) + 1, c.start_date)::text`.as('startsOn'),
        ])
        .where('s.cohortId', '=', cohortId)
        .orderBy('s.position')
        .execute();
    },

    /** True when the mentor was added; false when they already were one. */
    async addMentor(cohortId: string, userId: string, addedBy: string) {
      const row = await db
        .insertInto('cohortMentors')
        .values({ cohortId, userId, addedBy })
        .onConflict((oc) => oc.columns(['cohortId', 'userId']).doNothing())
        .returning('userId')
        .executeTakeFirst();
      return row !== undefined;
    },

    listMentors(cohortId: string) {
      return db
        .selectFrom('cohortMentors as m')
        .innerJoin('users as u', 'u.id', 'm.userId')
        .select(['u.id', 'u.displayName'])
        .where('m.cohortId', '=', cohortId)
        .orderBy('m.addedAt')
        .orderBy('u.id')
        .execute();
    },

    /** An enabled account that may mentor (mentor or admin), by address. */
    findMentorByEmail(email: string) {
      return db
        .selectFrom('users')
        .select(['id'])
        .where(sql<boolean>`lower(email) = lower(${email})`)
        .where('role', 'in', ['mentor', 'admin'])
        .where('disabledAt', 'is', null)
        .executeTakeFirst();
    },

    isMentor(cohortId: string, userId: string) {
      return db
        .selectFrom('cohortMentors')
        .select('userId')
        .where('cohortId', '=', cohortId)
        .where('userId', '=', userId)
        .executeTakeFirst()
        .then((row) => row !== undefined);
    },

    /**
     * The cohort if `mentorId` mentors it; undefined otherwise, whether or not it exists. With `forUpdate`, its row
     * stays locked until the transaction ends, so an archive cannot slip between the check and the change.
     */
    findMentoredCohort(cohortId: string, mentorId: string, { forUpdate = false } = {}) {
      let query = cohorts()
        .select(cohortColumns)
        .select((eb) =>
          eb
            .selectFrom('cohortMembers as m')
            .select(sql<number>`count(*)::int`.as('count'))
            .whereRef('m.cohortId', '=', 'c.id')
            .where('m.leftAt', 'is', null)
            .as('members'),
        )
        .where('c.id', '=', cohortId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('cohortMentors as mentor')
              .select('mentor.userId')
              .whereRef('mentor.cohortId', '=', 'c.id')
              .where('mentor.userId', '=', mentorId),
          ),
        );
      if (forUpdate) query = query.forUpdate('c');
      return query.executeTakeFirst();
    },

    listMentoredCohortIds(mentorId: string) {
      return db
        .selectFrom('cohortMentors as m')
        .innerJoin('cohorts as c', 'c.id', 'm.cohortId')
        .select('c.id')
        .where('m.userId', '=', mentorId)
        .orderBy('c.createdAt', 'desc')
        .orderBy('c.id')
        .limit(MAX_COHORTS_LISTED)
        .execute();
    },

    /**
     * A cohort by id, for a learner once their right to it is settled; with `forUpdate`, locked for the transaction.
     */
    findCohort(cohortId: string, { forUpdate = false } = {}) {
      const query = cohorts().select(cohortColumns).where('c.id', '=', cohortId);
      return (forUpdate ? query.forUpdate('c') : query).executeTakeFirst();
    },

    findCohortByJoinCode(code: string) {
      return cohorts().select(cohortColumns).where('c.joinCode', '=', code).forUpdate('c').executeTakeFirst();
    },

    async setJoinCode(cohortId: string, joinCode: string | null) {
      await db
        .updateTable('cohorts')
        .set({ joinCode, updatedAt: sql<Date>`now()` })
        .where('id', '=', cohortId)
        .execute();
    },

    async archive(cohortId: string) {
      await db
        .updateTable('cohorts')
        .set({ archivedAt: sql<Date>`now()`, joinCode: null, updatedAt: sql<Date>`now()` })
        .where('id', '=', cohortId)
        .execute();
    },

    async insertInvite(invite: {
      cohortId: string;
      email: string;
      tokenHash: string;
      invitedBy: string;
      expiresAt: Date;
    }) {
      await db.insertInto('cohortInvites').values(invite).execute();
    },

    /** Spends a live invite and returns its cohort; undefined when it is unknown, used or expired. */
    consumeInvite(tokenHash: string, userId: string) {
      return db
        .updateTable('cohortInvites')
        .set({ usedAt: sql<Date>`now()`, usedBy: userId })
        .where('tokenHash', '=', tokenHash)
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', sql<Date>`now()`)
        .returning(['cohortId'])
        .executeTakeFirst();
    },
  };
};

export type CohortsRepository = ReturnType<typeof createCohortsRepository>;
export type CohortRow = NonNullable<Awaited<ReturnType<CohortsRepository['findCohort']>>>;
