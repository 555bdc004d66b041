// Seeding for bench/cohort-dashboard.ts: a million learners in a few set-based inserts (generate_series), each
// statement over every learner at once, with no id list kept in the benchmark's memory.
import type pg from 'pg';
import { fmt, progress } from './lib.ts';

const SLUG = 'backend-developer';

const timed = async <T>(label: string, work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  progress(`  ${label} in ${fmt((performance.now() - started) / 1000, 1)} s`);
  return result;
};

/**
 * Learner i (1…n) has id md5('learner' || i): the same ids in every statement without a lookup table. Their progress
 * is spread by i: i % 12 steps done or skipped, the next in progress, started (i % 200) days ago plus a week a step.
 */
export const seed = async (client: pg.Client, learners: number, steps: string[], checklist: string[]) => {
  const learner = `md5('learner' || i)::uuid`;
  await client.query('set synchronous_commit = off');
  await timed(`users: ${fmt(learners)}`, () =>
    client.query(
      `insert into users (id, email, display_name, password_hash, role, email_verified_at, created_at)
       select ${learner}, 'learner-' || i || '@bench.example', 'Learner ' || i, '!', 'learner', now(),
              now() - interval '400 days'
       from generate_series(1, $1::int) i`,
      [learners],
    ),
  );
  const reached = `select i, ${learner} as user_id, s.id as step_id, s.ord, i % 12 as done_steps,
           now() - ((i % 200) + (16 - s.ord) * 7) * interval '1 day' as began_at
    from generate_series(1, $1::int) i cross join unnest($2::text[]) with ordinality s(id, ord)
    where s.ord <= i % 12 + 1`;
  await timed('step_progress', () =>
    client.query(
      `insert into step_progress (user_id, roadmap_slug, step_id, status, updated_at)
       select user_id, '${SLUG}', step_id,
              case when ord > done_steps then 'in_progress' when (i + ord) % 10 = 0 then 'skipped' else 'done' end,
              began_at + case when ord > done_steps then interval '0' else interval '5 days' end
       from (${reached}) r`,
      [learners, steps],
    ),
  );
  await timed('progress_events', () =>
    client.query(
      `insert into progress_events (user_id, roadmap_slug, kind, subject_id, detail, occurred_at)
       select user_id, '${SLUG}', 'step_status', step_id, 'in_progress', began_at from (${reached}) r
       union all
       select user_id, '${SLUG}', 'step_status', step_id, 'done', began_at + interval '5 days' from (${reached}) r
       where ord <= done_steps and (i + ord) % 10 <> 0`,
      [learners, steps],
    ),
  );
  await timed('checklist_assessments', () =>
    client.query(
      `insert into checklist_assessments (user_id, roadmap_slug, item_id, level)
       select ${learner}, '${SLUG}', ($2::text[])[1 + (i + k) % array_length($2::text[], 1)],
              (array['not_yet', 'partly', 'confident'])[1 + (i * k) % 3]
       from generate_series(1, $1::int) i cross join generate_series(1, 2) k`,
      [learners, checklist],
    ),
  );
  await timed('feedback_votes', () =>
    client.query(
      `insert into feedback_votes (roadmap_slug, target, user_id, helpful, ip_hash)
       select '${SLUG}', 'step:' || ($2::text[])[1 + i % array_length($2::text[], 1)], ${learner}, i % 3 <> 0, 'bench'
       from generate_series(2, $1::int, 2) i`,
      [learners, steps],
    ),
  );
  await timed('vacuum analyze', () => client.query('vacuum analyze'));
};
