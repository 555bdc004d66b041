// Who belongs to a cohort, and what its mentors see of them: each current member's progress on the cohort's roadmap
// against the cohort's schedule, computed here in one query (decision 0038).
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { CohortJoinWay } from '../../lib/enums.ts';
import { ON_TRACK_MARGIN } from '../progress/plan.ts';
import { MAX_COHORTS_LISTED } from './cohorts.repository.ts';

export interface MemberProgressRow {
  userId: string;
  displayName: string;
  joinedAt: Date;
  /** joined_at as PostgreSQL writes it, for the page cursor (a Date would lose the microseconds). */
  joinedAtText: string;
  started: boolean;
  stepsDone: number;
  steps: number;
  hoursDone: number;
  percentDone: number;
  expectedPercent: number;
  status: 'ahead' | 'on_track' | 'behind';
  daysBehind: number | null;
  daysAhead: number | null;
  lastActivityAt: Date | null;
}

/**
 * The schedule as two common table expressions: `stages` (each with the day it starts, the day after its due date,
 * and how many there are) and `expected` (the share of the work the schedule expects done by `today`). Each stage
 * is an equal share of the work, done evenly from the day it starts to the end of its due date; so the expected
 * share is the sum of the stages' elapsed fractions over their count.
 */
export const scheduleOf = (cohortId: string, today: string) => sql`
  stages as (
    select s.position, s.due_on + 1 as ends_at,
           coalesce(lag(s.due_on) over (order by s.position) + 1, c.start_date) as starts_on,
           count(*) over () as stage_count
    from cohort_stages s join cohorts c on c.id = s.cohort_id
    where s.cohort_id = ${cohortId}::uuid
  ),
  expected as (
    select coalesce(sum(least(greatest((${today}::date - starts_on)::float8 / (ends_at - starts_on), 0), 1))
             / max(stage_count), 0) as share
    from stages
  )`;

export const createCohortMembersRepository = (db: Db) => ({
  /** Where the schedule says every member should be on `today`, in percent. */
  async expectedPercent(cohortId: string, today: string) {
    const { rows } = await sql<{ percent: number }>`
      with ${scheduleOf(cohortId, today)}
      select round((share * 100)::numeric, 1)::float8 as percent from expected`.execute(db);
    return rows[0]?.percent ?? 0;
  },

  /** Joins, or comes back after leaving; false when the learner is a member already (nothing changes then). */
  async join(cohortId: string, userId: string, joinedVia: CohortJoinWay) {
    const row = await db
      .insertInto('cohortMembers')
      .values({ cohortId, userId, joinedVia })
      .onConflict((oc) =>
        oc
          .columns(['cohortId', 'userId'])
          .doUpdateSet({ joinedVia, joinedAt: sql<Date>`now()`, leftAt: null })
          .where('cohortMembers.leftAt', 'is not', null),
      )
      .returning('userId')
      .executeTakeFirst();
    return row !== undefined;
  },

  /** False when the learner is not a current member. */
  async leave(cohortId: string, userId: string) {
    const row = await db
      .updateTable('cohortMembers')
      .set({ leftAt: sql<Date>`now()` })
      .where('cohortId', '=', cohortId)
      .where('userId', '=', userId)
      .where('leftAt', 'is', null)
      .returning('userId')
      .executeTakeFirst();
    return row !== undefined;
  },

  /** When the learner joined, if they are a current member. */
  findMembership(cohortId: string, userId: string) {
    return db
      .selectFrom('cohortMembers')
      .select(['joinedAt'])
      .where('cohortId', '=', cohortId)
      .where('userId', '=', userId)
      .where('leftAt', 'is', null)
      .executeTakeFirst();
  },

  /** The cohorts a learner belongs to now, newest membership first. */
  listMemberships(userId: string) {
    return db
      .selectFrom('cohortMembers')
      .select(['cohortId', 'joinedAt'])
      .where('userId', '=', userId)
      .where('leftAt', 'is', null)
      .orderBy('joinedAt', 'desc')
      .orderBy('cohortId')
      .limit(MAX_COHORTS_LISTED)
      .execute();
  },

  /** The due dates of every cohort on this roadmap the learner belongs to now, stage by stage. */
  listDueDatesOf(userId: string, roadmapSlug: string) {
    return (
      db
        .selectFrom('cohortMembers as m')
        .innerJoin('cohorts as c', 'c.id', 'm.cohortId')
        .innerJoin('cohortStages as s', 's.cohortId', 'c.id')
        .select(['c.id', 'c.name', 's.month', sql<string>`s.due_on::text`.as('dueOn')])
        .where('m.userId', '=', userId)
        .where('m.leftAt', 'is', null)
        .where('c.roadmapSlug', '=', roadmapSlug)
        .orderBy('m.joinedAt')
        .orderBy('c.id')
        .orderBy('s.position')
        // A person is in at most that many cohorts listed, each of a plan's stages (a few dozen at most).
        .limit(MAX_COHORTS_LISTED * 50)
        .execute()
    );
  },

  /**
   * Current members' progress against the schedule, a page at a time (or just `onlyUserId`). In joining order the
   * page is a keyset over the current-members index; any other order, or a filter on status, reads the whole cohort
   * and pages by offset (a cohort is hundreds, not millions).
   */
  async listProgress(options: ProgressQuery & { limit: number }): Promise<MemberProgressRow[]> {
    const view = options.view ?? {};
    const keyset = inJoiningOrder(view);
    const direction = view.order === 'desc' ? sql`desc` : sql`asc`;
    const { rows } = await sql<MemberProgressRow>`
      select * from (${keyset ? progressOf(options, options.limit) : progressOf({ ...options, after: undefined }, undefined)}) member
      where ${statusFilter(view.status)}
      order by ${sortKeys[view.sort ?? 'joined']} ${direction} nulls last, "userId" ${direction}
      limit ${pageRows(options.limit)} offset ${keyset ? 0 : (view.offset ?? 0)}`.execute(db);
    return rows;
  },

  /** How many current members are ahead, on track, behind, and not started; and in which tenth of the work. */
  async countByStatus(options: ProgressQuery) {
    const { rows } = await sql<{
      status: MemberProgressRow['status'];
      started: boolean;
      tenth: number;
      members: number;
    }>`
      select status, started, least(floor("percentDone" / 10), 9)::int as tenth, count(*)::int as members
      from (${progressOf(options, undefined)}) member
      group by 1, 2, 3`.execute(db);
    return rows;
  },
});

export type MemberStatusFilter = MemberProgressRow['status'] | 'not_started';
export type MemberSort = 'joined' | 'name' | 'progress' | 'schedule' | 'lastActivity';
export interface MembersView {
  status?: MemberStatusFilter | undefined;
  /** Part of a display name, any case. */
  search?: string | undefined;
  sort?: MemberSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  offset?: number | undefined;
}
interface ProgressQuery {
  cohortId: string;
  roadmapSlug: string;
  today: string;
  after?: { joinedAt: string; userId: string } | undefined;
  onlyUserId?: string;
  view?: MembersView;
}

/** Whether members page by the keyset of joining order (true) or by offset (any other order, or a status filter). */
export const inJoiningOrder = (view: MembersView) =>
  (view.sort ?? 'joined') === 'joined' && (view.order ?? 'asc') === 'asc' && view.status === undefined;

const sortKeys: Record<MemberSort, ReturnType<typeof sql>> = {
  joined: sql`"joinedAt"`,
  name: sql`lower("displayName")`,
  progress: sql`"percentDone"`,
  // Days against the schedule: most behind first in ascending order.
  schedule: sql`coalesce("daysAhead", -"daysBehind", 0)`,
  lastActivity: sql`"lastActivityAt"`,
};

const statusFilter = (status: MemberStatusFilter | undefined) =>
  status === undefined ? sql`true` : status === 'not_started' ? sql`not started` : sql`status = ${status}`;

/** `%`, `_` and `\` in a search match themselves. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Members' progress as a subquery (unordered). A member's done share is read back through the schedule's line (see
 * scheduleOf): the day the schedule expects it, compared with today, is how many days ahead or behind they are. Each
 * member taken (a page of `pageLimit` in joining order, or the whole cohort) reads their own step rows through the
 * primary keys of step_progress and roadmap_steps (a lateral join: a plain join let the planner hash every learner's
 * rows once the whole cohort was taken), so the cost follows the cohort, not the instance.
 */
const progressOf = (options: ProgressQuery, pageLimit: number | undefined) => {
  const { cohortId, roadmapSlug, today } = options;
  const after =
    options.after === undefined
      ? sql`true`
      : sql`(m.joined_at, m.user_id) > (${options.after.joinedAt}::timestamptz, ${options.after.userId}::uuid)`;
  const only = options.onlyUserId === undefined ? sql`true` : sql`m.user_id = ${options.onlyUserId}::uuid`;
  const search = options.view?.search;
  const named = search === undefined ? sql`true` : sql`u.display_name ilike ${likePattern(search)}`;
  const limit = pageLimit === undefined ? sql`` : sql`order by m.joined_at, m.user_id limit ${pageRows(pageLimit)}`;
  return sql`
      with ${scheduleOf(cohortId, today)},
      totals as (
        select count(*)::int as steps, coalesce(sum(estimated_hours), 0)::float8 as hours
        from roadmap_steps where roadmap_slug = ${roadmapSlug} and archived_at is null
      ),
      page as (
        select m.user_id, m.joined_at, u.display_name
        from cohort_members m join users u on u.id = m.user_id
        where m.cohort_id = ${cohortId}::uuid and m.left_at is null and ${after} and ${only} and ${named}
        ${limit}
      ),
      shares as (
        select page.*, d.steps_done, d.hours_done, d.started, d.last_activity_at,
               case when totals.hours - d.hours_skipped <= 0 then 1
                    else d.hours_done / (totals.hours - d.hours_skipped) end as share,
               totals.steps, expected.share as expected_share
        from page cross join totals cross join expected
        cross join lateral (
          select count(*) filter (where p.status = 'done')::int as steps_done,
                 coalesce(sum(st.estimated_hours) filter (where p.status = 'done'), 0)::float8 as hours_done,
                 coalesce(sum(st.estimated_hours) filter (where p.status = 'skipped'), 0)::float8 as hours_skipped,
                 bool_or(p.status in ('in_progress', 'done')) as started,
                 max(p.updated_at) as last_activity_at
          from step_progress p
          join roadmap_steps st on st.roadmap_slug = p.roadmap_slug and st.id = p.step_id and st.archived_at is null
          where p.user_id = page.user_id and p.roadmap_slug = ${roadmapSlug}
        ) d
      ),
      placed as (
        select shares.*,
               (on_schedule.starts_on + round(
                  (shares.share * on_schedule.stage_count - on_schedule.position)
                  * (on_schedule.ends_at - on_schedule.starts_on))::int) as expected_on
        from shares
        left join lateral (
          select * from stages
          where stages.position = least(floor(shares.share * stages.stage_count), stages.stage_count - 1)
        ) on_schedule on true
      )
      select user_id as "userId", display_name as "displayName", joined_at as "joinedAt",
             joined_at::text as "joinedAtText",
             coalesce(started, false) as started,
             coalesce(steps_done, 0) as "stepsDone", steps,
             coalesce(hours_done, 0) as "hoursDone",
             round((share * 100)::numeric, 1)::float8 as "percentDone",
             round((expected_share * 100)::numeric, 1)::float8 as "expectedPercent",
             verdict.status,
             case when verdict.status = 'behind' then greatest(${today}::date - expected_on, 0) end as "daysBehind",
             case when verdict.status = 'ahead' then greatest(expected_on - ${today}::date, 0) end as "daysAhead",
             last_activity_at as "lastActivityAt"
      from placed
      cross join lateral (
        select case when share * 100 > expected_share * 100 + ${ON_TRACK_MARGIN} then 'ahead'
                    when share * 100 < expected_share * 100 - ${ON_TRACK_MARGIN} then 'behind'
                    else 'on_track' end as status
      ) verdict`;
};

export type CohortMembersRepository = ReturnType<typeof createCohortMembersRepository>;
