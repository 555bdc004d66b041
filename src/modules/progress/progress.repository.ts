import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { ChecklistLevel, StepStatus } from '../../infra/database.types.ts';

const followColumns = [
  'f.roadmap_slug as slug',
  'r.title',
  'f.hours_per_week as hoursPerWeek',
  sql<string>`f.start_date::text`.as('startDate'),
  'f.followed_at as followedAt',
  'f.stopped_at as stoppedAt',
  'f.updated_at as updatedAt',
] as const;

export const createProgressRepository = (db: Db) => ({
  listFollows(userId: string) {
    return db
      .selectFrom('roadmap_follows as f')
      .innerJoin('roadmaps as r', 'r.slug', 'f.roadmap_slug')
      .select(followColumns)
      .where('f.user_id', '=', userId)
      .orderBy('f.followed_at')
      .execute();
  },

  findFollow(userId: string, slug: string) {
    return db
      .selectFrom('roadmap_follows as f')
      .innerJoin('roadmaps as r', 'r.slug', 'f.roadmap_slug')
      .select(followColumns)
      .where('f.user_id', '=', userId)
      .where('f.roadmap_slug', '=', slug)
      .executeTakeFirst();
  },

  /** Starts or resumes following; the same call twice leaves one record. */
  async upsertFollow(userId: string, slug: string, hoursPerWeek: number, startDate: string) {
    await db
      .insertInto('roadmap_follows')
      .values({ user_id: userId, roadmap_slug: slug, hours_per_week: hoursPerWeek, start_date: startDate })
      .onConflict((oc) =>
        oc.columns(['user_id', 'roadmap_slug']).doUpdateSet({
          hours_per_week: hoursPerWeek,
          start_date: startDate,
          stopped_at: null,
          updated_at: sql<Date>`now()`,
        }),
      )
      .execute();
  },

  /** Stops following; the record and all progress stay. False when the learner did not follow it. */
  async stopFollowing(userId: string, slug: string) {
    const result = await db
      .updateTable('roadmap_follows')
      .set({ stopped_at: sql<Date>`coalesce(stopped_at, now())`, updated_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('roadmap_slug', '=', slug)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async upsertStepStatus(userId: string, slug: string, stepId: string, status: StepStatus) {
    return db
      .insertInto('step_progress')
      .values({ user_id: userId, roadmap_slug: slug, step_id: stepId, status })
      .onConflict((oc) =>
        oc.columns(['user_id', 'roadmap_slug', 'step_id']).doUpdateSet({ status, updated_at: sql<Date>`now()` }),
      )
      .returning(['step_id as stepId', 'status', 'updated_at as updatedAt'])
      .executeTakeFirstOrThrow();
  },

  async upsertChecklist(userId: string, slug: string, itemId: string, level: ChecklistLevel) {
    return db
      .insertInto('checklist_assessments')
      .values({ user_id: userId, roadmap_slug: slug, item_id: itemId, level })
      .onConflict((oc) =>
        oc.columns(['user_id', 'roadmap_slug', 'item_id']).doUpdateSet({ level, updated_at: sql<Date>`now()` }),
      )
      .returning(['item_id as itemId', 'level', 'updated_at as updatedAt'])
      .executeTakeFirstOrThrow();
  },

  async upsertNote(userId: string, slug: string, stepId: string, body: string) {
    return db
      .insertInto('step_notes')
      .values({ user_id: userId, roadmap_slug: slug, step_id: stepId, body })
      .onConflict((oc) =>
        oc.columns(['user_id', 'roadmap_slug', 'step_id']).doUpdateSet({ body, updated_at: sql<Date>`now()` }),
      )
      .returning(['step_id as stepId', 'body', 'updated_at as updatedAt'])
      .executeTakeFirstOrThrow();
  },

  findNote(userId: string, slug: string, stepId: string) {
    return db
      .selectFrom('step_notes')
      .select(['step_id as stepId', 'body', 'updated_at as updatedAt'])
      .where('user_id', '=', userId)
      .where('roadmap_slug', '=', slug)
      .where('step_id', '=', stepId)
      .executeTakeFirst();
  },

  listStepProgress(userId: string, slug: string) {
    return db
      .selectFrom('step_progress')
      .select(['step_id as stepId', 'status', 'updated_at as updatedAt'])
      .where('user_id', '=', userId)
      .where('roadmap_slug', '=', slug)
      .execute();
  },

  listChecklist(userId: string, slug: string) {
    return db
      .selectFrom('checklist_assessments')
      .select(['item_id as itemId', 'level', 'updated_at as updatedAt'])
      .where('user_id', '=', userId)
      .where('roadmap_slug', '=', slug)
      .execute();
  },
});

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
