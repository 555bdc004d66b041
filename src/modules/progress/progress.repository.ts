import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { ChecklistLevel, ProgressEventKind, StepStatus } from '../../lib/enums.ts';
import { createGuestImportRepository } from './guest-import.repository.ts';

const followColumns = [
  'f.roadmap_slug as slug',
  'r.title',
  'f.hours_per_week as hoursPerWeek',
  sql<string>`f.start_date::text`.as('startDate'),
  'f.followed_at as followedAt',
  'f.stopped_at as stoppedAt',
  'f.updated_at as updatedAt',
] as const;

const event = (userId: string, slug: string, kind: ProgressEventKind, subjectId?: string, detail?: string) => ({
  user_id: userId,
  roadmap_slug: slug,
  kind,
  subject_id: subjectId ?? null,
  detail: detail ?? null,
});

export const createProgressRepository = (db: Db) => ({
  ...createGuestImportRepository(db),

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

  // Each learner write and its activity event go to the server as one statement: one round trip, one commit, and
  // never a change without its entry in the log (or the other way round).

  /**
   * Saves a step's status and logs the change. Setting the status a step already has logs nothing: a write that is
   * sent again (a browser replaying what it kept offline, a retried request) leaves the activity as it was.
   */
  async upsertStepStatus(userId: string, slug: string, stepId: string, status: StepStatus) {
    return db
      .with('before', (q) =>
        q
          .selectFrom('step_progress')
          .select('status')
          .where('user_id', '=', userId)
          .where('roadmap_slug', '=', slug)
          .where('step_id', '=', stepId),
      )
      .with('saved', (q) =>
        q
          .insertInto('step_progress')
          .values({ user_id: userId, roadmap_slug: slug, step_id: stepId, status })
          .onConflict((oc) =>
            oc.columns(['user_id', 'roadmap_slug', 'step_id']).doUpdateSet({ status, updated_at: sql<Date>`now()` }),
          )
          .returning(['step_id as stepId', 'status', 'updated_at as updatedAt']),
      )
      .with('logged', (q) =>
        q
          .insertInto('progress_events')
          .columns(['user_id', 'roadmap_slug', 'kind', 'subject_id', 'detail'])
          .expression(
            sql`select ${userId}::uuid, ${slug}::text, 'step_status', ${stepId}::text, ${status}::text
                where not exists (select 1 from before where before.status = ${status}::text)`,
          ),
      )
      .selectFrom('saved')
      .selectAll()
      .executeTakeFirstOrThrow();
  },

  async upsertChecklist(userId: string, slug: string, itemId: string, level: ChecklistLevel) {
    return db
      .with('saved', (q) =>
        q
          .insertInto('checklist_assessments')
          .values({ user_id: userId, roadmap_slug: slug, item_id: itemId, level })
          .onConflict((oc) =>
            oc.columns(['user_id', 'roadmap_slug', 'item_id']).doUpdateSet({ level, updated_at: sql<Date>`now()` }),
          )
          .returning(['item_id as itemId', 'level', 'updated_at as updatedAt']),
      )
      .with('logged', (q) => q.insertInto('progress_events').values(event(userId, slug, 'checklist', itemId, level)))
      .selectFrom('saved')
      .selectAll()
      .executeTakeFirstOrThrow();
  },

  async upsertNote(userId: string, slug: string, stepId: string, body: string) {
    return db
      .with('saved', (q) =>
        q
          .insertInto('step_notes')
          .values({ user_id: userId, roadmap_slug: slug, step_id: stepId, body })
          .onConflict((oc) =>
            oc.columns(['user_id', 'roadmap_slug', 'step_id']).doUpdateSet({ body, updated_at: sql<Date>`now()` }),
          )
          .returning(['step_id as stepId', 'body', 'updated_at as updatedAt']),
      )
      .with('logged', (q) => q.insertInto('progress_events').values(event(userId, slug, 'note', stepId)))
      .selectFrom('saved')
      .selectAll()
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

  listNotes(userId: string, slug: string) {
    return db
      .selectFrom('step_notes')
      .select(['step_id as stepId', 'body', 'updated_at as updatedAt'])
      .where('user_id', '=', userId)
      .where('roadmap_slug', '=', slug)
      .execute();
  },

  /** Every roadmap the learner has anything on: followed, marked, noted or assessed. */
  async roadmapsWithProgress(userId: string) {
    const rows = await sql<{ slug: string }>`
      select roadmap_slug as slug from roadmap_follows where user_id = ${userId}
      union select roadmap_slug from step_progress where user_id = ${userId}
      union select roadmap_slug from step_notes where user_id = ${userId}
      union select roadmap_slug from checklist_assessments where user_id = ${userId}
      order by 1`.execute(db);
    return rows.rows.map((row) => row.slug);
  },

  async recordEvent(entry: {
    userId: string;
    slug: string;
    kind: ProgressEventKind;
    subjectId?: string;
    detail?: string;
  }) {
    await db
      .insertInto('progress_events')
      .values(event(entry.userId, entry.slug, entry.kind, entry.subjectId, entry.detail))
      .execute();
  },

  /** The learner's activity, newest first, before the given event id. */
  listEvents(userId: string, beforeId: number | undefined, limit: number) {
    let query = db
      .selectFrom('progress_events')
      .select([
        'id',
        'roadmap_slug as roadmap',
        'kind',
        'subject_id as subjectId',
        'detail',
        'occurred_at as occurredAt',
      ])
      .where('user_id', '=', userId)
      .orderBy('id', 'desc')
      .limit(pageRows(limit));
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
    return query.execute();
  },

  /** Days with activity in the learner's time zone (newest first), and today's date there. */
  async activeDays(userId: string) {
    const { rows } = await sql<{ day: string; events: number; today: string; timeZone: string }>`
      select (e.occurred_at at time zone u.time_zone)::date::text as day,
             count(*)::int as events,
             (now() at time zone u.time_zone)::date::text as today,
             u.time_zone as "timeZone"
      from users u left join progress_events e on e.user_id = u.id
      where u.id = ${userId}
      group by 1, 3, 4
      order by 1 desc nulls last`.execute(db);
    return {
      today: rows[0]?.today ?? new Date().toISOString().slice(0, 10),
      timeZone: rows[0]?.timeZone ?? 'UTC',
      days: rows.filter((row) => row.day !== null).map((row) => ({ day: row.day, events: row.events })),
    };
  },

  isEmailVerified: async (userId: string) =>
    (await db.selectFrom('users').select('email_verified_at').where('id', '=', userId).executeTakeFirstOrThrow())
      .email_verified_at !== null,

  /** Saves the learner's public-profile settings; false when another learner has the handle. */
  async upsertPublicProfile(
    userId: string,
    settings: { enabled: boolean; handle: string; showProgress: boolean; showStreak: boolean; bio: string | null },
  ) {
    const taken = await db
      .selectFrom('public_profiles')
      .select('user_id')
      .where(sql<boolean>`lower(handle) = lower(${settings.handle})`)
      .where('user_id', '!=', userId)
      .executeTakeFirst();
    if (taken !== undefined) return false;
    const row = {
      handle: settings.handle,
      enabled: settings.enabled,
      show_progress: settings.showProgress,
      show_streak: settings.showStreak,
      bio: settings.bio,
    };
    await db
      .insertInto('public_profiles')
      .values({ user_id: userId, ...row })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...row, updated_at: sql<Date>`now()` }))
      .execute();
    return true;
  },

  findOwnPublicProfile(userId: string) {
    return db.selectFrom('public_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
  },

  /** An enabled profile of an enabled, verified account. */
  findPublishedProfile(handle: string) {
    return db
      .selectFrom('public_profiles as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.user_id as userId', 'p.handle', 'p.show_progress', 'p.show_streak', 'p.bio', 'u.display_name'])
      .where(sql<boolean>`lower(p.handle) = lower(${handle})`)
      .where('p.enabled', '=', true)
      .where('u.disabled_at', 'is', null)
      .where('u.email_verified_at', 'is not', null)
      .executeTakeFirst();
  },

  /** Learners who asked for the weekly digest: enabled accounts with a verified address. */
  digestRecipients() {
    return db
      .selectFrom('users')
      .select(['id', 'email', 'display_name'])
      .where('weekly_digest', '=', true)
      .where('disabled_at', 'is', null)
      .where('email_verified_at', 'is not', null)
      .orderBy('id')
      .execute();
  },

  /** Marks the week's digest as sent to the learner; false when it already was. */
  async claimDigest(userId: string, week: string) {
    const row = await db
      .insertInto('weekly_digests')
      .values({ user_id: userId, week })
      .onConflict((oc) => oc.columns(['user_id', 'week']).doNothing())
      .returning('week')
      .executeTakeFirst();
    return row !== undefined;
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
