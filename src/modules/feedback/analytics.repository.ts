// The rollups editors read, and the purge of raw feedback. Every figure is computed here by the scheduled jobs and
// stored; an analytics read only selects the stored rows of one roadmap.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

const createRollups = (db: Db) => ({
  /** Votes per target and day of their last change, for every day whose raw votes are still kept; then the totals. */
  async rollUpVotes() {
    await sql`
      delete from feedback_daily
      where day >= coalesce((select purged_before from analytics_state), '-infinity'::date)`.execute(db);
    await sql`
      insert into feedback_daily (roadmap_slug, target, day, helpful, not_helpful)
      select roadmap_slug, target, (updated_at at time zone 'UTC')::date,
             count(*) filter (where helpful), count(*) filter (where not helpful)
      from feedback_votes
      where updated_at >= coalesce((select purged_before from analytics_state), '-infinity'::date)::timestamp
                          at time zone 'UTC'
      group by 1, 2, 3`.execute(db);
    await sql`delete from feedback_totals`.execute(db);
    await sql`
      insert into feedback_totals (roadmap_slug, target, helpful, not_helpful)
      select roadmap_slug, target, sum(helpful), sum(not_helpful) from feedback_daily group by 1, 2`.execute(db);
  },

  /** Followers, and per published step how many learners started and finished it (their current status). */
  async rollUpFunnel() {
    await sql`delete from analytics_funnel`.execute(db);
    await sql`
      insert into analytics_funnel (roadmap_slug, step_id, position, started, finished)
      select s.roadmap_slug, s.id,
             row_number() over (partition by s.roadmap_slug order by s.position),
             count(p.user_id) filter (where p.status in ('in_progress', 'done')),
             count(p.user_id) filter (where p.status = 'done')
      from roadmap_steps s
      left join step_progress p on p.roadmap_slug = s.roadmap_slug and p.step_id = s.id
      where s.archived_at is null
      group by s.roadmap_slug, s.id, s.position`.execute(db);
    await sql`delete from analytics_roadmaps`.execute(db);
    await sql`
      insert into analytics_roadmaps (roadmap_slug, followers, computed_at)
      select r.slug, count(f.user_id), now()
      from roadmaps r left join roadmap_follows f on f.roadmap_slug = r.slug
      group by r.slug`.execute(db);
  },

  /**
   * Distinct learners with any progress per roadmap and ISO week (Monday, UTC). Weeks before the one the last rollup
   * ran in are final; they are not recounted, so deleting an account later does not rewrite history.
   */
  async rollUpActiveWeeks() {
    const from = sql`coalesce((select active_weeks_from from analytics_state), '-infinity'::date)`;
    await sql`delete from analytics_weekly_active where week >= ${from}`.execute(db);
    await sql`
      insert into analytics_weekly_active (roadmap_slug, week, learners)
      select roadmap_slug, date_trunc('week', occurred_at at time zone 'UTC')::date, count(distinct user_id)
      from progress_events
      where occurred_at >= ${from}::timestamp at time zone 'UTC'
      group by 1, 2`.execute(db);
    await sql`
      update analytics_state set active_weeks_from = date_trunc('week', now() at time zone 'UTC')::date`.execute(db);
  },

  /**
   * Per step, the median time from a learner's first "in progress" to their first "done" after it (learners who
   * never marked it in progress, or never finished, are not counted). The median of an even count is the mean of the
   * middle two (percentile_cont).
   */
  async rollUpStepTime() {
    await sql`delete from analytics_step_time`.execute(db);
    await sql`
      insert into analytics_step_time (roadmap_slug, step_id, learners, median_seconds)
      with started as (
        select user_id, roadmap_slug, subject_id as step_id, min(occurred_at) as started_at
        from progress_events
        where kind = 'step_status' and detail = 'in_progress'
        group by 1, 2, 3
      ), finished as (
        select s.roadmap_slug, s.step_id,
               extract(epoch from min(e.occurred_at) - s.started_at)::double precision as seconds
        from started s
        join progress_events e
          on e.user_id = s.user_id and e.roadmap_slug = s.roadmap_slug and e.kind = 'step_status'
         and e.subject_id = s.step_id and e.detail = 'done' and e.occurred_at >= s.started_at
        group by s.user_id, s.roadmap_slug, s.step_id, s.started_at
      )
      select roadmap_slug, step_id, count(*), percentile_cont(0.5) within group (order by seconds)
      from finished
      group by 1, 2`.execute(db);
  },

  /**
   * Deletes raw votes and comments from before `cutoffDay` (whole days, UTC) and the IP salts of past days. Call it
   * right after rollUpVotes in the same exclusive transaction: the deleted votes' days then become final.
   */
  async purgeBefore(cutoffDay: string, today: string) {
    const cutoff = sql`${cutoffDay}::date::timestamp at time zone 'UTC'`;
    const votes = await sql`delete from feedback_votes where updated_at < ${cutoff}`.execute(db);
    const comments = await sql`delete from feedback_comments where created_at < ${cutoff}`.execute(db);
    await sql`delete from feedback_ip_salts where day < ${today}::date`.execute(db);
    await sql`
      update analytics_state set purged_before = greatest(coalesce(purged_before, ${cutoffDay}::date), ${cutoffDay}::date)`.execute(
      db,
    );
    return { votes: Number(votes.numAffectedRows ?? 0), comments: Number(comments.numAffectedRows ?? 0) };
  },
});

export type Rollups = ReturnType<typeof createRollups>;

export const createAnalyticsRepository = (db: Db) => ({
  /** Runs `work` in one transaction that holds the rollup lock, so two rollups or a rollup and a purge never overlap. */
  exclusively<T>(work: (rollups: Rollups) => Promise<T>): Promise<T> {
    return db.transaction().execute(async (trx) => {
      await sql`insert into analytics_state (id) values (true) on conflict do nothing`.execute(trx);
      await sql`select 1 from analytics_state for update`.execute(trx);
      return work(createRollups(trx));
    });
  },

  /** One roadmap's rollups in one statement: one round trip and one pooled connection per read. */
  async readAnalytics(roadmap: string) {
    const { rows } = await sql<{
      summary: { followers: number; computedAt: string } | null;
      helpfulness: { target: string; helpful: number; notHelpful: number }[];
      funnel: { stepId: string; position: number; started: number; finished: number }[];
      weeks: { week: string; learners: number }[];
      stepTime: { stepId: string; learners: number; medianSeconds: number }[];
    }>`
      select
        (select json_build_object('followers', followers, 'computedAt', computed_at)
         from analytics_roadmaps where roadmap_slug = ${roadmap}) as summary,
        coalesce((select json_agg(json_build_object('target', target, 'helpful', helpful, 'notHelpful', not_helpful))
                  from feedback_totals where roadmap_slug = ${roadmap}), '[]') as helpfulness,
        coalesce((select json_agg(json_build_object('stepId', step_id, 'position', position, 'started', started,
                                                    'finished', finished) order by position)
                  from analytics_funnel where roadmap_slug = ${roadmap}), '[]') as funnel,
        coalesce((select json_agg(json_build_object('week', week::text, 'learners', learners) order by week)
                  from (select week, learners from analytics_weekly_active where roadmap_slug = ${roadmap}
                        order by week desc limit 52) recent), '[]') as weeks,
        coalesce((select json_agg(json_build_object('stepId', step_id, 'learners', learners,
                                                    'medianSeconds', median_seconds))
                  from analytics_step_time where roadmap_slug = ${roadmap}), '[]') as "stepTime"`.execute(db);
    const row = rows[0]!;
    return {
      ...row,
      summary: row.summary === null ? undefined : { ...row.summary, computedAt: new Date(row.summary.computedAt) },
    };
  },
});

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;
