// Learners' progress follows a new version's step mapping (decision 0032): what each learner has on a mapped step
// is written to its successors, in the transaction that publishes the version, after the new steps are written (a
// bookmark points at the step row). Nothing is deleted: the old rows stay on the archived step, which the progress
// answer lists apart as `archived` and counts toward nothing, so a carried status is counted once.
//
// Per table:
// - step_progress: a successor gets the most advanced status of its predecessors (todo < skipped < in_progress <
//   done, the guest import's order). A learner's own row on the successor is replaced only when the carried status
//   is further along and the own row is not newer than the carried one: the learner's latest word on a step stands.
// - step_notes: a successor gets its predecessors' notes one after the other, after its own note if it has one,
//   with a separator between; cut at the 10 000 characters a note holds (the whole text stays on the old step).
// - step_bookmarks: a bookmark of a mapped step bookmarks each successor too.
// - progress_events is the history of what the learner did to a step then, so it is not rewritten.
// Checklist answers are keyed by checklist item, not by step: they follow the checklist mapping (decision 0036) by
// the statuses' rule, in `carryChecklistAnswers` below.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import type { ResolvedStepMapping } from '../versions/step-mapping.ts';
import type { ResolvedMapping } from '../versions/version-mapping.ts';

export const NOTE_SEPARATOR = '\n\n---\n\n';
const NOTE_LIMIT = 10_000;

const rank = (status: ReturnType<typeof sql.ref>) =>
  sql`(case ${status} when 'done' then 3 when 'in_progress' then 2 when 'skipped' then 1 else 0 end)`;
const confidence = (level: ReturnType<typeof sql.ref>) =>
  sql`(case ${level} when 'confident' then 2 when 'partly' then 1 else 0 end)`;

export interface CarriedProgress {
  statuses: number;
  notes: number;
  bookmarks: number;
}

/** Which of these steps of the roadmap some learner has anything on: a status, a note or a bookmark. */
export const stepsWithProgress = async (
  trx: Transaction<Database>,
  roadmapSlug: string,
  stepIds: string[],
): Promise<string[]> => {
  if (stepIds.length === 0) return [];
  const { rows } = await sql<{ stepId: string }>`
    select step_id as "stepId" from step_progress where roadmap_slug = ${roadmapSlug} and step_id in (${sql.join(stepIds)})
    union select step_id from step_notes where roadmap_slug = ${roadmapSlug} and step_id in (${sql.join(stepIds)})
    union select step_id from step_bookmarks where roadmap_slug = ${roadmapSlug} and step_id in (${sql.join(stepIds)})
    order by 1`.execute(trx);
  return rows.map((row) => row.stepId);
};

/** Which of these checklist items of the roadmap some learner has answered. */
export const checklistItemsAnswered = async (
  trx: Transaction<Database>,
  roadmapSlug: string,
  itemIds: string[],
): Promise<string[]> => {
  if (itemIds.length === 0) return [];
  const rows = await trx
    .selectFrom('checklistAssessments')
    .select('itemId')
    .distinct()
    .where('roadmapSlug', '=', roadmapSlug)
    .where('itemId', 'in', itemIds)
    .orderBy('itemId')
    .execute();
  return rows.map((row) => row.itemId);
};

/** Each (from, to) pair, in the mapping's order; a kept id split into itself and others carries only to the others. */
const pairsOf = (resolved: ResolvedMapping) =>
  [...resolved.successors].flatMap(([from, successors]) =>
    successors.filter((to) => to !== from).map((to) => ({ from, to })),
  );

/** The pairs as a table the carrying statements join: ("from", "to", ord). */
const mappingTable = (pairs: { from: string; to: string; ord: number }[]) =>
  sql`(select * from jsonb_to_recordset(cast(${JSON.stringify(pairs)} as jsonb))
    as m("from" text, "to" text, ord int))`;

export const carryProgress = async (
  trx: Transaction<Database>,
  roadmapSlug: string,
  resolved: ResolvedStepMapping,
): Promise<CarriedProgress> => {
  const pairs = pairsOf(resolved).map((pair, ord) => ({ ...pair, ord }));
  if (pairs.length === 0) return { statuses: 0, notes: 0, bookmarks: 0 };
  const mapping = mappingTable(pairs);

  const statuses = await sql`
    insert into step_progress as own (user_id, roadmap_slug, step_id, status, updated_at)
    select distinct on (p.user_id, m."to") p.user_id, p.roadmap_slug, m."to", p.status, p.updated_at
    from step_progress p join ${mapping} m on p.step_id = m."from"
    where p.roadmap_slug = ${roadmapSlug}
    order by p.user_id, m."to", ${rank(sql.ref('p.status'))} desc, p.updated_at desc
    on conflict (user_id, roadmap_slug, step_id) do update
      set status = excluded.status, updated_at = excluded.updated_at
      where ${rank(sql.ref('excluded.status'))} > ${rank(sql.ref('own.status'))}
        and own.updated_at <= excluded.updated_at`.execute(trx);

  const notes = await sql`
    insert into step_notes as own (user_id, roadmap_slug, step_id, body, updated_at)
    select n.user_id, n.roadmap_slug, m."to",
           left(string_agg(n.body, ${NOTE_SEPARATOR} order by m.ord), ${NOTE_LIMIT}), max(n.updated_at)
    from step_notes n join ${mapping} m on n.step_id = m."from"
    where n.roadmap_slug = ${roadmapSlug}
    group by n.user_id, n.roadmap_slug, m."to"
    on conflict (user_id, roadmap_slug, step_id) do update
      set body = left(own.body || ${NOTE_SEPARATOR} || excluded.body, ${NOTE_LIMIT}),
          updated_at = greatest(own.updated_at, excluded.updated_at)`.execute(trx);

  const bookmarks = await sql`
    insert into step_bookmarks (user_id, roadmap_slug, step_id, created_at)
    select b.user_id, b.roadmap_slug, m."to", min(b.created_at)
    from step_bookmarks b join ${mapping} m on b.step_id = m."from"
    where b.roadmap_slug = ${roadmapSlug}
    group by b.user_id, b.roadmap_slug, m."to"
    on conflict (user_id, roadmap_slug, step_id) do nothing`.execute(trx);

  return {
    statuses: Number(statuses.numAffectedRows ?? 0),
    notes: Number(notes.numAffectedRows ?? 0),
    bookmarks: Number(bookmarks.numAffectedRows ?? 0),
  };
};

/**
 * A successor item gets the most confident answer of its predecessors (not_yet < partly < confident) with that
 * answer's time. A learner's own answer on it is replaced only when the carried one is more confident and the own one
 * is not newer: the learner's latest word stands. The old answers stay on the removed items. Returns how many rows
 * were written.
 */
export const carryChecklistAnswers = async (
  trx: Transaction<Database>,
  roadmapSlug: string,
  resolved: ResolvedMapping,
): Promise<number> => {
  const pairs = pairsOf(resolved).map((pair, ord) => ({ ...pair, ord }));
  if (pairs.length === 0) return 0;
  const answers = await sql`
    insert into checklist_assessments as own (user_id, roadmap_slug, item_id, level, updated_at)
    select distinct on (a.user_id, m."to") a.user_id, a.roadmap_slug, m."to", a.level, a.updated_at
    from checklist_assessments a join ${mappingTable(pairs)} m on a.item_id = m."from"
    where a.roadmap_slug = ${roadmapSlug}
    order by a.user_id, m."to", ${confidence(sql.ref('a.level'))} desc, a.updated_at desc
    on conflict (user_id, roadmap_slug, item_id) do update
      set level = excluded.level, updated_at = excluded.updated_at
      where ${confidence(sql.ref('excluded.level'))} > ${confidence(sql.ref('own.level'))}
        and own.updated_at <= excluded.updated_at`.execute(trx);
  return Number(answers.numAffectedRows ?? 0);
};
