// What the mentor's dashboard shows of a cohort beyond each member's progress (decision 0042): where the cohort
// stalls, how ready its members say they are on the roadmap's checklist, and what they did lately. Every query starts
// from the cohort's current members and reaches their rows through keys that lead with the member, so its cost
// follows the cohort, not the instance: each member's rows are read in a lateral join (with plain joins the planner
// hashed every learner's rows on the roadmap). Nothing here reads step_notes, and note events are never returned.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';

/** How many steps each list of stalls names at most. */
export const STALLS_LISTED = 10;

const currentMembers = (cohortId: string) => sql`
  members as (
    select user_id, joined_at from cohort_members where cohort_id = ${cohortId}::uuid and left_at is null
  )`;

export interface ActivityRow {
  id: number;
  userId: string;
  displayName: string;
  kind: 'followed' | 'stopped' | 'step_status' | 'checklist';
  subjectId: string | null;
  detail: string | null;
  occurredAt: Date;
}

export const createCohortDashboardRepository = (db: Db) => ({
  /**
   * Steps in progress that members have left alone: the step is in progress, and the member has changed nothing on
   * the roadmap since `before`. Most members first.
   */
  async listIdleSteps(cohortId: string, roadmapSlug: string, before: Date) {
    const { rows } = await sql<{ stepId: string; title: string; members: number; idleSince: Date }>`
      with ${currentMembers(cohortId)}
      select p.step_id as "stepId", st.title, count(*)::int as members, min(p.updated_at) as "idleSince"
      from members
      cross join lateral (
        select max(updated_at) as at from step_progress
        where user_id = members.user_id and roadmap_slug = ${roadmapSlug}
      ) last_change
      cross join lateral (
        select step_id, updated_at from step_progress
        where user_id = members.user_id and roadmap_slug = ${roadmapSlug} and status = 'in_progress'
      ) p
      join roadmap_steps st on st.roadmap_slug = ${roadmapSlug} and st.id = p.step_id and st.archived_at is null
      where last_change.at < ${before}
      group by p.step_id, st.title, st.position
      order by members desc, st.position
      limit ${STALLS_LISTED}`.execute(db);
    return rows;
  },

  /**
   * Time from a member's first "in progress" on a step to now, or to when they finished it: the median over the
   * members who started it, longest first. Calendar time, not effort: it is what a mentor sees of a step that drags.
   */
  async listSlowSteps(cohortId: string, roadmapSlug: string) {
    const { rows } = await sql<{
      stepId: string;
      title: string;
      members: number;
      unfinished: number;
      medianSeconds: number;
    }>`
      with ${currentMembers(cohortId)}
      select s.step_id as "stepId", st.title, count(*)::int as members,
             count(*) filter (where s.status <> 'done')::int as unfinished,
             percentile_cont(0.5) within group (order by extract(epoch from
               (case when s.status = 'done' then s.updated_at else now() end) - s.started_at))::float8
               as "medianSeconds"
      from members
      cross join lateral (
        select e.subject_id as step_id, min(e.occurred_at) as started_at, min(p.status) as status,
               min(p.updated_at) as updated_at
        from progress_events e
        join step_progress p on p.user_id = e.user_id and p.roadmap_slug = e.roadmap_slug and p.step_id = e.subject_id
         and p.status in ('in_progress', 'done')
        where e.user_id = members.user_id and e.roadmap_slug = ${roadmapSlug}
          and e.kind = 'step_status' and e.detail = 'in_progress'
        group by e.subject_id
      ) s
      join roadmap_steps st on st.roadmap_slug = ${roadmapSlug} and st.id = s.step_id and st.archived_at is null
      group by s.step_id, st.title, st.position
      order by "medianSeconds" desc, st.position
      limit ${STALLS_LISTED}`.execute(db);
    return rows;
  },

  /** Steps the members voted "not helpful" on (the feedback module's votes), most such votes first. */
  async listUnhelpfulSteps(cohortId: string, roadmapSlug: string) {
    const { rows } = await sql<{ stepId: string; title: string; notHelpful: number; votes: number }>`
      with ${currentMembers(cohortId)}
      select st.id as "stepId", st.title,
             count(*) filter (where not v.helpful)::int as "notHelpful", count(*)::int as votes
      from members
      cross join lateral (
        select target, helpful from feedback_votes
        where user_id = members.user_id and roadmap_slug = ${roadmapSlug}
      ) v
      join roadmap_steps st on st.roadmap_slug = ${roadmapSlug} and v.target = 'step:' || st.id
       and st.archived_at is null
      group by st.id, st.title, st.position
      having count(*) filter (where not v.helpful) > 0
      order by "notHelpful" desc, st.position
      limit ${STALLS_LISTED}`.execute(db);
    return rows;
  },

  /** Per checklist item, how many members answered it at each level. */
  async countChecklistAnswers(cohortId: string, roadmapSlug: string) {
    const { rows } = await sql<{ itemId: string; confident: number; partly: number; notYet: number }>`
      with ${currentMembers(cohortId)}
      select a.item_id as "itemId",
             count(*) filter (where a.level = 'confident')::int as confident,
             count(*) filter (where a.level = 'partly')::int as partly,
             count(*) filter (where a.level = 'not_yet')::int as "notYet"
      from members
      cross join lateral (
        select item_id, level from checklist_assessments
        where user_id = members.user_id and roadmap_slug = ${roadmapSlug}
      ) a
      group by a.item_id`.execute(db);
    return rows;
  },

  /**
   * The members' latest events on the roadmap since they joined, newest first, before event `beforeId`. Each member's
   * events are read newest first from their own index range, at most a page each, then merged.
   */
  async listActivity(cohortId: string, roadmapSlug: string, beforeId: number | undefined, limit: number) {
    const before = beforeId === undefined ? sql`true` : sql`e.id < ${beforeId}`;
    const { rows } = await sql<ActivityRow>`
      with ${currentMembers(cohortId)}
      select e.id::float8 as id, members.user_id as "userId", u.display_name as "displayName", e.kind,
             e.subject_id as "subjectId", case when e.kind = 'step_status' then e.detail end as detail,
             e.occurred_at as "occurredAt"
      from members
      join users u on u.id = members.user_id
      cross join lateral (
        select * from progress_events e
        where e.user_id = members.user_id and e.roadmap_slug = ${roadmapSlug} and ${before}
          and e.kind <> 'note' and e.occurred_at >= members.joined_at
        order by e.id desc
        limit ${pageRows(limit)}
      ) e
      order by e.id desc
      limit ${pageRows(limit)}`.execute(db);
    return rows;
  },
});

export type CohortDashboardRepository = ReturnType<typeof createCohortDashboardRepository>;
