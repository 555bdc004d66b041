// Automatic nudges (decision 0043): each cohort's rules, the members who turned nudges off, and the key of every
// nudge sent, which makes "at most once per cohort, learner, rule and period" a fact of the database.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { NudgeRule } from './cohort-nudges.schemas.ts';

export interface NudgeRulesRow {
  behindEnabled: boolean;
  behindDays: number;
  inactiveEnabled: boolean;
  inactiveDays: number;
}

export const createCohortNudgesRepository = (db: Db) => ({
  findRules(cohortId: string): Promise<NudgeRulesRow | undefined> {
    return db
      .selectFrom('cohortNudgeRules')
      .select(['behindEnabled', 'behindDays', 'inactiveEnabled', 'inactiveDays'])
      .where('cohortId', '=', cohortId)
      .executeTakeFirst();
  },

  async saveRules(cohortId: string, rules: NudgeRulesRow) {
    await db
      .insertInto('cohortNudgeRules')
      .values({ cohortId, ...rules })
      .onConflict((oc) => oc.column('cohortId').doUpdateSet({ ...rules, updatedAt: sql<Date>`now()` }))
      .execute();
  },

  /** Cohorts that are not archived and have a rule on, with what a nudge needs to say about them. */
  listCohortsToNudge() {
    return db
      .selectFrom('cohortNudgeRules as n')
      .innerJoin('cohorts as c', 'c.id', 'n.cohortId')
      .innerJoin('roadmaps as r', 'r.slug', 'c.roadmapSlug')
      .select([
        'c.id',
        'c.name',
        'c.roadmapSlug',
        'r.title as roadmapTitle',
        sql<string>`c.start_date::text`.as('startDate'),
        'n.behindEnabled',
        'n.behindDays',
        'n.inactiveEnabled',
        'n.inactiveDays',
      ])
      .where('c.archivedAt', 'is', null)
      .where((eb) => eb.or([eb('n.behindEnabled', '=', true), eb('n.inactiveEnabled', '=', true)]))
      .orderBy('c.id')
      .execute();
  },

  /** Current members with an enabled account who have not turned the cohort's nudges off. */
  listNudgeableMembers(cohortId: string) {
    return db
      .selectFrom('cohortMembers as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select(['u.id', 'u.email', 'u.displayName'])
      .where('m.cohortId', '=', cohortId)
      .where('m.leftAt', 'is', null)
      .where('u.disabledAt', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('cohortNudgeOptOuts as o')
              .select('o.userId')
              .whereRef('o.cohortId', '=', 'm.cohortId')
              .whereRef('o.userId', '=', 'm.userId'),
          ),
        ),
      )
      .orderBy('u.id')
      .execute();
  },

  async isOptedOut(cohortId: string, userId: string) {
    const row = await db
      .selectFrom('cohortNudgeOptOuts')
      .select('userId')
      .where('cohortId', '=', cohortId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** True when this changed anything. */
  async optOut(cohortId: string, userId: string) {
    const row = await db
      .insertInto('cohortNudgeOptOuts')
      .values({ cohortId, userId })
      .onConflict((oc) => oc.columns(['cohortId', 'userId']).doNothing())
      .returning('userId')
      .executeTakeFirst();
    return row !== undefined;
  },

  /** True when this changed anything. */
  async optIn(cohortId: string, userId: string) {
    const row = await db
      .deleteFrom('cohortNudgeOptOuts')
      .where('cohortId', '=', cohortId)
      .where('userId', '=', userId)
      .returning('userId')
      .executeTakeFirst();
    return row !== undefined;
  },

  /** A message written by Waymark on behalf of the cohort: no sender, kind 'nudge'. */
  async insertNudgeMessage(message: { cohortId: string; userId: string; subject: string; body: string }) {
    const row = await db
      .insertInto('cohortMessages')
      .values({
        cohortId: message.cohortId,
        senderId: null,
        kind: 'nudge',
        subject: message.subject,
        body: message.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('cohortMessageRecipients').values({ messageId: row.id, userId: message.userId }).execute();
    return row.id;
  },

  /**
   * Records the nudge under its key; false when that key is taken (sent before, or by another worker now: the
   * insert waits for that worker's transaction and then finds the key).
   */
  async claimNudge(key: { cohortId: string; userId: string; rule: NudgeRule; period: string; messageId: string }) {
    const row = await db
      .insertInto('cohortNudgesSent')
      .values(key)
      .onConflict((oc) => oc.columns(['cohortId', 'userId', 'rule', 'period']).doNothing())
      .returning('userId')
      .executeTakeFirst();
    return row !== undefined;
  },
});

export type CohortNudgesRepository = ReturnType<typeof createCohortNudgesRepository>;
