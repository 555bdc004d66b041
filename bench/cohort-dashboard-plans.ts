// The query plans of bench/cohort-dashboard.ts: the dashboard's statements exactly as the repositories compile them
// (captured through Kysely's log), explained with migration 0025's indexes and, in a transaction rolled back, without.
import { CamelCasePlugin, Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/infra/database.types.ts';
import { createCohortDashboardRepository } from '../src/modules/cohorts/cohort-dashboard.repository.ts';
import { createCohortMembersRepository } from '../src/modules/cohorts/cohort-members.repository.ts';

const SLUG = 'backend-developer';
const DAY = 86_400_000;

/** The dashboard's queries exactly as the repositories compile them, captured through Kysely's log. */
export const dashboardQueries = async (url: string, cohortId: string) => {
  const captured: { name: string; query: CompiledQuery }[] = [];
  let current = '';
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
    log: (event) => {
      if (event.level === 'query') captured.push({ name: current, query: event.query });
    },
  });
  const members = createCohortMembersRepository(db);
  const dashboard = createCohortDashboardRepository(db);
  const today = new Date().toISOString().slice(0, 10);
  const base = { cohortId, roadmapSlug: SLUG, today };
  const steps: [string, () => Promise<unknown>][] = [
    ['members: first page in joining order', () => members.listProgress({ ...base, limit: 101 })],
    [
      'members: behind, by schedule',
      () => members.listProgress({ ...base, view: { status: 'behind', sort: 'schedule' }, limit: 101 }),
    ],
    ['dashboard: members by status', () => members.countByStatus(base)],
    ['dashboard: idle steps', () => dashboard.listIdleSteps(cohortId, SLUG, new Date(Date.now() - 7 * DAY))],
    ['dashboard: slow steps', () => dashboard.listSlowSteps(cohortId, SLUG)],
    ['dashboard: unhelpful steps', () => dashboard.listUnhelpfulSteps(cohortId, SLUG)],
    ['dashboard: checklist answers', () => dashboard.countChecklistAnswers(cohortId, SLUG)],
    ['activity: first page', () => dashboard.listActivity(cohortId, SLUG, undefined, 51)],
  ];
  for (const [name, run] of steps) {
    current = name;
    await run();
  }
  await db.destroy();
  return captured;
};

export const explainAll = async (client: pg.Client, queries: { name: string; query: CompiledQuery }[]) => {
  const plans: { name: string; withIndexes: string; without: string; msWith: number; msWithout: number }[] = [];
  const explain = async (query: CompiledQuery) => {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${query.sql}`,
      query.parameters as unknown[],
    );
    const text = rows.map((row) => row['QUERY PLAN']).join('\n');
    return { text, ms: Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? Number.NaN) };
  };
  for (const { name, query } of queries) {
    await explain(query); // warm the cache, as the measured requests had
    const withIndexes = await explain(query);
    await client.query('begin');
    try {
      await client.query('drop index progress_events_user_roadmap_idx, feedback_votes_voter_idx');
      await explain(query);
      const without = await explain(query);
      plans.push({
        name,
        withIndexes: withIndexes.text,
        without: without.text,
        msWith: withIndexes.ms,
        msWithout: without.ms,
      });
    } finally {
      await client.query('rollback');
    }
  }
  return plans;
};
