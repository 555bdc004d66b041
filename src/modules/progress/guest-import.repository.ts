// The guest import's writes: one statement per table in one transaction, whatever the number of entries.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { GuestMerge } from './guest-import.ts';

const statusRank = (column: RawBuilder<unknown>) =>
  sql<number>`case ${column} when 'todo' then 0 when 'skipped' then 1 when 'in_progress' then 2 else 3 end`;
const levelRank = (column: RawBuilder<unknown>) =>
  sql<number>`case ${column} when 'not_yet' then 0 when 'partly' then 1 else 2 end`;

export const createGuestImportRepository = (db: Db) => ({
  /**
   * Merges a guest import in one transaction, one statement per table. A status replaces the stored one only if it
   * is further along (todo < skipped < in_progress < done), a self-assessment only if more confident (not_yet <
   * partly < confident), a note only if written later; so importing twice, or an older copy, changes nothing. Says
   * how many rows each statement wrote. The entries must not repeat a key (checkGuestImportBounds).
   */
  mergeGuestProgress(userId: string, merge: GuestMerge) {
    const written = (result: { numInsertedOrUpdatedRows?: bigint } | undefined) =>
      Number(result?.numInsertedOrUpdatedRows ?? 0n);
    return db.transaction().execute(async (trx) => {
      const steps =
        merge.steps.length === 0
          ? undefined
          : await trx
              .insertInto('stepProgress')
              .values(
                merge.steps.map((step) => ({
                  userId,
                  roadmapSlug: step.slug,
                  stepId: step.stepId,
                  status: step.status,
                })),
              )
              .onConflict((oc) =>
                oc
                  .columns(['userId', 'roadmapSlug', 'stepId'])
                  .doUpdateSet({ status: (eb) => eb.ref('excluded.status'), updatedAt: sql<Date>`now()` })
                  .where(
                    sql<boolean>`${statusRank(sql.ref('excluded.status'))} > ${statusRank(sql.ref('stepProgress.status'))}`,
                  ),
              )
              .executeTakeFirst();
      const notes =
        merge.notes.length === 0
          ? undefined
          : await trx
              .insertInto('stepNotes')
              .values(
                merge.notes.map((note) => ({
                  userId,
                  roadmapSlug: note.slug,
                  stepId: note.stepId,
                  body: note.body,
                  updatedAt: note.writtenAt,
                })),
              )
              .onConflict((oc) =>
                oc
                  .columns(['userId', 'roadmapSlug', 'stepId'])
                  .doUpdateSet({
                    body: (eb) => eb.ref('excluded.body'),
                    updatedAt: (eb) => eb.ref('excluded.updatedAt'),
                  })
                  .where(sql<boolean>`step_notes.updated_at < excluded.updated_at`),
              )
              .executeTakeFirst();
      const checklist =
        merge.checklist.length === 0
          ? undefined
          : await trx
              .insertInto('checklistAssessments')
              .values(
                merge.checklist.map((item) => ({
                  userId,
                  roadmapSlug: item.slug,
                  itemId: item.itemId,
                  level: item.level,
                })),
              )
              .onConflict((oc) =>
                oc
                  .columns(['userId', 'roadmapSlug', 'itemId'])
                  .doUpdateSet({ level: (eb) => eb.ref('excluded.level'), updatedAt: sql<Date>`now()` })
                  .where(
                    sql<boolean>`${levelRank(sql.ref('excluded.level'))} > ${levelRank(sql.ref('checklistAssessments.level'))}`,
                  ),
              )
              .executeTakeFirst();
      return { steps: written(steps), notes: written(notes), checklist: written(checklist) };
    });
  },
});
