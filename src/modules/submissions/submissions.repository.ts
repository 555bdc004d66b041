// Learners' project submissions and their threads (decision 0041), and who may see or review them: the mentors of a
// cohort on the submission's roadmap that the learner belongs to now.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { SubmissionAuthorRole, SubmissionDecision, SubmissionStatus } from '../../lib/enums.ts';

/** The most submissions one step's thread lists, newest first: a learner resubmits a few times, not hundreds. */
export const MAX_SUBMISSIONS_LISTED = 100;
/** The most replies one submission's thread shows, oldest first. */
export const MAX_REPLIES_LISTED = 200;

export const createSubmissionsRepository = (db: Db) => {
  const submissions = () =>
    db
      .selectFrom('projectSubmissions as s')
      .innerJoin('roadmaps as r', 'r.slug', 's.roadmapSlug')
      .innerJoin('users as u', 'u.id', 's.userId')
      .leftJoin('roadmapSteps as step', (join) =>
        join.onRef('step.roadmapSlug', '=', 's.roadmapSlug').onRef('step.id', '=', 's.stepId'),
      )
      .select([
        's.id',
        's.userId',
        'u.displayName as learnerName',
        'u.email as learnerEmail',
        's.roadmapSlug',
        'r.title as roadmapTitle',
        's.stepId',
        sql<string>`coalesce(step.title, s.step_id)`.as('stepTitle'),
        's.repositoryUrl',
        's.deployedUrl',
        's.notes',
        sql<SubmissionStatus>`s.status`.as('status'),
        's.createdAt',
        's.reviewedAt',
        's.supersededAt',
      ]);

  return {
    /** A published step (not archived by a later version) of a roadmap, with the titles a thread shows. */
    findLiveStep(slug: string, stepId: string) {
      return db
        .selectFrom('roadmapSteps as step')
        .innerJoin('roadmaps as r', 'r.slug', 'step.roadmapSlug')
        .select(['step.id', 'step.title', 'r.title as roadmapTitle'])
        .where('step.roadmapSlug', '=', slug)
        .where('step.id', '=', stepId)
        .where('step.archivedAt', 'is', null)
        .executeTakeFirst();
    },

    /** The cohorts on the roadmap the learner belongs to now, archived or not. */
    listCohortsOfLearner(userId: string, slug: string) {
      return db
        .selectFrom('cohortMembers as m')
        .innerJoin('cohorts as c', 'c.id', 'm.cohortId')
        .select(['c.id', 'c.name', 'c.archivedAt'])
        .where('m.userId', '=', userId)
        .where('m.leftAt', 'is', null)
        .where('c.roadmapSlug', '=', slug)
        .orderBy('m.joinedAt')
        .orderBy('c.id')
        .execute();
    },

    /** The cohorts `mentorId` mentors on the roadmap that the learner belongs to now: the mentor's right to review. */
    listCohortsMentoring(mentorId: string, learnerId: string, slug: string) {
      return db
        .selectFrom('cohortMentors as mentor')
        .innerJoin('cohorts as c', 'c.id', 'mentor.cohortId')
        .innerJoin('cohortMembers as m', 'm.cohortId', 'c.id')
        .select(['c.id', 'c.name', 'c.archivedAt'])
        .where('mentor.userId', '=', mentorId)
        .where('m.userId', '=', learnerId)
        .where('m.leftAt', 'is', null)
        .where('c.roadmapSlug', '=', slug)
        .orderBy('c.createdAt')
        .orderBy('c.id')
        .execute();
    },

    async findDisplayName(userId: string) {
      const row = await db.selectFrom('users').select('displayName').where('id', '=', userId).executeTakeFirst();
      return row?.displayName;
    },

    /** Marks the learner's current submission for the step superseded; its id, or undefined when there was none. */
    async supersedeCurrent(userId: string, slug: string, stepId: string) {
      const row = await db
        .updateTable('projectSubmissions')
        .set({ supersededAt: sql<Date>`now()` })
        .where('userId', '=', userId)
        .where('roadmapSlug', '=', slug)
        .where('stepId', '=', stepId)
        .where('supersededAt', 'is', null)
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },

    /** The new submission's id; undefined when another one for the step was made at the same moment. */
    async insertSubmission(submission: {
      userId: string;
      roadmapSlug: string;
      stepId: string;
      repositoryUrl: string;
      deployedUrl: string | null;
      notes: string;
    }) {
      const row = await db
        .insertInto('projectSubmissions')
        .values(submission)
        .onConflict((oc) =>
          oc.columns(['userId', 'roadmapSlug', 'stepId']).where('supersededAt', 'is', null).doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },

    /** One submission; with `forUpdate`, its row stays locked so two reviews cannot both decide it. */
    findSubmission(id: string, { forUpdate = false } = {}) {
      const query = submissions().where('s.id', '=', id);
      return (forUpdate ? query.forUpdate('s') : query).executeTakeFirst();
    },

    listSubmissionsOf(userId: string, slug: string, stepId: string) {
      return submissions()
        .where('s.userId', '=', userId)
        .where('s.roadmapSlug', '=', slug)
        .where('s.stepId', '=', stepId)
        .orderBy('s.createdAt', 'desc')
        .orderBy('s.id')
        .limit(MAX_SUBMISSIONS_LISTED)
        .execute();
    },

    /** The replies to these submissions, oldest first, with their authors' names. */
    async listReplies(submissionIds: string[]) {
      if (submissionIds.length === 0) return [];
      return db
        .selectFrom('submissionReplies as reply')
        .leftJoin('users as author', 'author.id', 'reply.authorId')
        .select([
          'reply.id',
          'reply.submissionId',
          'reply.authorId',
          'author.displayName as authorName',
          sql<SubmissionAuthorRole>`reply.author_role`.as('role'),
          sql<SubmissionDecision | null>`reply.decision`.as('decision'),
          'reply.body',
          'reply.createdAt',
        ])
        .where('reply.submissionId', 'in', submissionIds)
        .orderBy('reply.createdAt')
        .orderBy('reply.id')
        .limit(MAX_REPLIES_LISTED * submissionIds.length)
        .execute();
    },

    /** Records a mentor's decision on a waiting, current submission; false when it is not (any more). */
    async decide(id: string, decision: SubmissionDecision) {
      const row = await db
        .updateTable('projectSubmissions')
        .set({ status: decision, reviewedAt: sql<Date>`now()` })
        .where('id', '=', id)
        .where('status', '=', 'waiting')
        .where('supersededAt', 'is', null)
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async insertReply(reply: {
      submissionId: string;
      authorId: string;
      authorRole: SubmissionAuthorRole;
      cohortId: string | null;
      decision: SubmissionDecision | null;
      body: string;
    }) {
      const row = await db.insertInto('submissionReplies').values(reply).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    /**
     * A page of the cohort's review queue: current submissions with `status` by current members, for the cohort's
     * roadmap, oldest first. Each member is looked up through project_submissions_learner_idx, so a page costs what
     * the cohort's members have submitted, not what the instance holds.
     */
    listQueue(options: {
      cohortId: string;
      roadmapSlug: string;
      status: SubmissionStatus;
      after?: { submittedAt: string; id: string } | undefined;
      limit: number;
    }) {
      let query = db
        .selectFrom('cohortMembers as m')
        .innerJoin('projectSubmissions as s', (join) =>
          join.onRef('s.userId', '=', 'm.userId').on('s.roadmapSlug', '=', options.roadmapSlug),
        )
        .innerJoin('users as u', 'u.id', 's.userId')
        .leftJoin('roadmapSteps as step', (join) =>
          join.onRef('step.roadmapSlug', '=', 's.roadmapSlug').onRef('step.id', '=', 's.stepId'),
        )
        .select((eb) => [
          's.id',
          's.userId',
          'u.displayName as learnerName',
          's.stepId',
          sql<string>`coalesce(step.title, s.step_id)`.as('stepTitle'),
          sql<SubmissionStatus>`s.status`.as('status'),
          's.createdAt',
          sql<string>`s.created_at::text`.as('createdAtText'),
          's.reviewedAt',
          sql<number>`(extract(epoch from (coalesce(s.reviewed_at, now()) - s.created_at)) / 60)::int`.as(
            'waitedMinutes',
          ),
          eb
            .exists(
              eb
                .selectFrom('projectSubmissions as earlier')
                .select('earlier.id')
                .whereRef('earlier.userId', '=', 's.userId')
                .whereRef('earlier.roadmapSlug', '=', 's.roadmapSlug')
                .whereRef('earlier.stepId', '=', 's.stepId')
                .whereRef('earlier.createdAt', '<', 's.createdAt'),
            )
            .as('resubmission'),
        ])
        .where('m.cohortId', '=', options.cohortId)
        .where('m.leftAt', 'is', null)
        .where('s.status', '=', options.status)
        .where('s.supersededAt', 'is', null)
        .orderBy('s.createdAt')
        .orderBy('s.id')
        .limit(pageRows(options.limit));
      if (options.after !== undefined) {
        const { submittedAt, id } = options.after;
        query = query.where(sql<boolean>`(s.created_at, s.id) > (${submittedAt}::timestamptz, ${id}::uuid)`);
      }
      return query.execute();
    },

    async countQueue(cohortId: string, roadmapSlug: string, status: SubmissionStatus) {
      const row = await db
        .selectFrom('cohortMembers as m')
        .innerJoin('projectSubmissions as s', (join) =>
          join.onRef('s.userId', '=', 'm.userId').on('s.roadmapSlug', '=', roadmapSlug),
        )
        .select(sql<number>`count(*)::int`.as('count'))
        .where('m.cohortId', '=', cohortId)
        .where('m.leftAt', 'is', null)
        .where('s.status', '=', status)
        .where('s.supersededAt', 'is', null)
        .executeTakeFirstOrThrow();
      return row.count;
    },
  };
};

export type SubmissionsRepository = ReturnType<typeof createSubmissionsRepository>;
export type SubmissionRow = NonNullable<Awaited<ReturnType<SubmissionsRepository['findSubmission']>>>;
export type ReplyRow = Awaited<ReturnType<SubmissionsRepository['listReplies']>>[number];
