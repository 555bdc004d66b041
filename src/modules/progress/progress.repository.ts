import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { ChecklistLevel, ProgressEventKind, StepStatus } from '../../lib/enums.ts';
import { createGuestImportRepository } from './guest-import.repository.ts';
import { liveStep, seeLatestVersion } from './progress-write-guards.repository.ts';

const followColumns = [
  'f.roadmapSlug as slug',
  'r.title',
  'f.hoursPerWeek',
  sql<string>`f.start_date::text`.as('startDate'),
  'f.followedAt',
  'f.stoppedAt',
  'f.updatedAt',
] as const;

const event = (userId: string, slug: string, kind: ProgressEventKind, subjectId?: string, detail?: string) => ({
  userId,
  roadmapSlug: slug,
  kind,
  subjectId: subjectId ?? null,
  detail: detail ?? null,
});

export const createProgressRepository = (db: Db) => ({
  ...createGuestImportRepository(db),

  listFollows(userId: string) {
    return db
      .selectFrom('roadmapFollows as f')
      .innerJoin('roadmaps as r', 'r.slug', 'f.roadmapSlug')
      .select(followColumns)
      .where('f.userId', '=', userId)
      .orderBy('f.followedAt')
      .execute();
  },

  findFollow(userId: string, slug: string) {
    return db
      .selectFrom('roadmapFollows as f')
      .innerJoin('roadmaps as r', 'r.slug', 'f.roadmapSlug')
      .select(followColumns)
      .where('f.userId', '=', userId)
      .where('f.roadmapSlug', '=', slug)
      .executeTakeFirst();
  },

  /** Starts or resumes following; the same call twice leaves one record. */
  async upsertFollow(userId: string, slug: string, hoursPerWeek: number, startDate: string) {
    await db
      .insertInto('roadmapFollows')
      .values({ userId, roadmapSlug: slug, hoursPerWeek, startDate })
      .onConflict((oc) =>
        oc.columns(['userId', 'roadmapSlug']).doUpdateSet({
          hoursPerWeek,
          startDate,
          stoppedAt: null,
          updatedAt: sql<Date>`now()`,
        }),
      )
      .execute();
  },

  /** On following: the learner has seen the version published now, unless they saw one before. */
  async seeLatestVersion(userId: string, slug: string) {
    await seeLatestVersion(db, userId, slug).execute();
  },

  /** Stops following; the record and all progress stay. False when the learner did not follow it. */
  async stopFollowing(userId: string, slug: string) {
    const result = await db
      .updateTable('roadmapFollows')
      .set({ stoppedAt: sql<Date>`coalesce(stopped_at, now())`, updatedAt: sql<Date>`now()` })
      .where('userId', '=', userId)
      .where('roadmapSlug', '=', slug)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  // Each learner write and its activity event go to the server as one statement: one round trip, one commit, and
  // never a change without its entry in the log (or the other way round). A write on a step is made only while the
  // step is published, under a share lock on its row (liveStep): a publish that archives the step either waits for
  // the write and carries it to the successors, or goes first and the write finds no step (undefined).

  /**
   * Saves a step's status and logs the change. Setting the status a step already has logs nothing: a write that is
   * sent again (a browser replaying what it kept offline, a retried request) leaves the activity as it was.
   */
  async upsertStepStatus(userId: string, slug: string, stepId: string, status: StepStatus) {
    return db
      .with('live', (q) => liveStep(q, slug, stepId))
      .with('before', (q) =>
        q
          .selectFrom('stepProgress')
          .select('status')
          .where('userId', '=', userId)
          .where('roadmapSlug', '=', slug)
          .where('stepId', '=', stepId),
      )
      .with('saved', (q) =>
        q
          .insertInto('stepProgress')
          .columns(['userId', 'roadmapSlug', 'stepId', 'status'])
          .expression(sql`select ${userId}::uuid, ${slug}::text, ${stepId}::text, ${status}::text from live`)
          .onConflict((oc) =>
            oc.columns(['userId', 'roadmapSlug', 'stepId']).doUpdateSet({ status, updatedAt: sql<Date>`now()` }),
          )
          .returning(['stepId', 'status', 'updatedAt']),
      )
      .with('logged', (q) =>
        q
          .insertInto('progressEvents')
          .columns(['userId', 'roadmapSlug', 'kind', 'subjectId', 'detail'])
          .expression(
            sql`select ${userId}::uuid, ${slug}::text, 'step_status', ${stepId}::text, ${status}::text
                where exists (select 1 from saved)
                  and not exists (select 1 from before where before.status = ${status}::text)`,
          ),
      )
      .with('seen', (q) => seeLatestVersion(q, userId, slug, sql<boolean>`exists (select 1 from saved)`))
      .selectFrom('saved')
      .selectAll()
      .executeTakeFirst();
  },

  async upsertChecklist(userId: string, slug: string, itemId: string, level: ChecklistLevel) {
    return db
      .with('saved', (q) =>
        q
          .insertInto('checklistAssessments')
          .values({ userId, roadmapSlug: slug, itemId, level })
          .onConflict((oc) =>
            oc.columns(['userId', 'roadmapSlug', 'itemId']).doUpdateSet({ level, updatedAt: sql<Date>`now()` }),
          )
          .returning(['itemId', 'level', 'updatedAt']),
      )
      .with('logged', (q) => q.insertInto('progressEvents').values(event(userId, slug, 'checklist', itemId, level)))
      .selectFrom('saved')
      .selectAll()
      .executeTakeFirstOrThrow();
  },

  async upsertNote(userId: string, slug: string, stepId: string, body: string) {
    return db
      .with('live', (q) => liveStep(q, slug, stepId))
      .with('saved', (q) =>
        q
          .insertInto('stepNotes')
          .columns(['userId', 'roadmapSlug', 'stepId', 'body'])
          .expression(sql`select ${userId}::uuid, ${slug}::text, ${stepId}::text, ${body}::text from live`)
          .onConflict((oc) =>
            oc.columns(['userId', 'roadmapSlug', 'stepId']).doUpdateSet({ body, updatedAt: sql<Date>`now()` }),
          )
          .returning(['stepId', 'body', 'updatedAt']),
      )
      .with('logged', (q) =>
        q
          .insertInto('progressEvents')
          .columns(['userId', 'roadmapSlug', 'kind', 'subjectId'])
          .expression(
            sql`select ${userId}::uuid, ${slug}::text, 'note', ${stepId}::text where exists (select 1 from saved)`,
          ),
      )
      .selectFrom('saved')
      .selectAll()
      .executeTakeFirst();
  },

  findNote(userId: string, slug: string, stepId: string) {
    return db
      .selectFrom('stepNotes')
      .select(['stepId', 'body', 'updatedAt'])
      .where('userId', '=', userId)
      .where('roadmapSlug', '=', slug)
      .where('stepId', '=', stepId)
      .executeTakeFirst();
  },

  listNotes(userId: string, slug: string) {
    return db
      .selectFrom('stepNotes')
      .select(['stepId', 'body', 'updatedAt'])
      .where('userId', '=', userId)
      .where('roadmapSlug', '=', slug)
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
      .insertInto('progressEvents')
      .values(event(entry.userId, entry.slug, entry.kind, entry.subjectId, entry.detail))
      .execute();
  },

  /** The learner's activity, newest first, before the given event id. */
  listEvents(userId: string, beforeId: number | undefined, limit: number) {
    let query = db
      .selectFrom('progressEvents')
      .select(['id', 'roadmapSlug as roadmap', 'kind', 'subjectId', 'detail', 'occurredAt'])
      .where('userId', '=', userId)
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
    (await db.selectFrom('users').select('emailVerifiedAt').where('id', '=', userId).executeTakeFirstOrThrow())
      .emailVerifiedAt !== null,

  /** Saves the learner's public-profile settings; false when another learner has the handle. */
  async upsertPublicProfile(
    userId: string,
    settings: { enabled: boolean; handle: string; showProgress: boolean; showStreak: boolean; bio: string | null },
  ) {
    const taken = await db
      .selectFrom('publicProfiles')
      .select('userId')
      .where(sql<boolean>`lower(handle) = lower(${settings.handle})`)
      .where('userId', '!=', userId)
      .executeTakeFirst();
    if (taken !== undefined) return false;
    const row = {
      handle: settings.handle,
      enabled: settings.enabled,
      showProgress: settings.showProgress,
      showStreak: settings.showStreak,
      bio: settings.bio,
    };
    await db
      .insertInto('publicProfiles')
      .values({ userId, ...row })
      .onConflict((oc) => oc.column('userId').doUpdateSet({ ...row, updatedAt: sql<Date>`now()` }))
      .execute();
    return true;
  },

  findOwnPublicProfile(userId: string) {
    return db.selectFrom('publicProfiles').selectAll().where('userId', '=', userId).executeTakeFirst();
  },

  /** An enabled profile of an enabled, verified account. */
  findPublishedProfile(handle: string) {
    return db
      .selectFrom('publicProfiles as p')
      .innerJoin('users as u', 'u.id', 'p.userId')
      .select(['p.userId', 'p.handle', 'p.showProgress', 'p.showStreak', 'p.bio', 'u.displayName'])
      .where(sql<boolean>`lower(p.handle) = lower(${handle})`)
      .where('p.enabled', '=', true)
      .where('u.disabledAt', 'is', null)
      .where('u.emailVerifiedAt', 'is not', null)
      .executeTakeFirst();
  },

  /** Learners who asked for the weekly digest: enabled accounts with a verified address. */
  digestRecipients() {
    return db
      .selectFrom('users')
      .select(['id', 'email', 'displayName'])
      .where('weeklyDigest', '=', true)
      .where('disabledAt', 'is', null)
      .where('emailVerifiedAt', 'is not', null)
      .orderBy('id')
      .execute();
  },

  /** Marks the week's digest as sent to the learner; false when it already was. */
  async claimDigest(userId: string, week: string) {
    const row = await db
      .insertInto('weeklyDigests')
      .values({ userId, week })
      .onConflict((oc) => oc.columns(['userId', 'week']).doNothing())
      .returning('week')
      .executeTakeFirst();
    return row !== undefined;
  },

  /**
   * When the learner first set a step's status on the roadmap: the oldest such event, or, for progress brought in
   * from a guest (which records no events), the oldest step row. Null when no step has a status.
   */
  async firstStepActivity(userId: string, slug: string) {
    const { rows } = await sql<{ first: Date | null }>`
      select least(
        (select min(occurred_at) from progress_events
          where user_id = ${userId} and roadmap_slug = ${slug} and kind = 'step_status'),
        (select min(updated_at) from step_progress where user_id = ${userId} and roadmap_slug = ${slug})
      ) as first`.execute(db);
    const first = rows[0]?.first ?? null;
    return first === null ? null : new Date(first);
  },

  listStepProgress(userId: string, slug: string) {
    return db
      .selectFrom('stepProgress')
      .select(['stepId', 'status', 'updatedAt'])
      .where('userId', '=', userId)
      .where('roadmapSlug', '=', slug)
      .execute();
  },

  listChecklist(userId: string, slug: string) {
    return db
      .selectFrom('checklistAssessments')
      .select(['itemId', 'level', 'updatedAt'])
      .where('userId', '=', userId)
      .where('roadmapSlug', '=', slug)
      .execute();
  },
});

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
