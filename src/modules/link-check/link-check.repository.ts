import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import { atomically } from '../../infra/unit-of-work.ts';
import type { LinkOutcome } from '../../lib/enums.ts';
import { resourceUsedBy, type ResourceRow } from '../resources/resources.repository.ts';
import type { LinkState } from './link-state.ts';

export interface LinkToCheck {
  resourceId: string;
  url: string;
  /** Undefined: never checked. */
  previous: LinkState | undefined;
}

export interface CheckRecord {
  outcome: LinkOutcome;
  httpStatus: number | null;
  finalUrl: string | null;
  durationMs: number;
  reason: string;
}

export interface LinkRow {
  resourceId: string;
  type: string;
  title: string;
  url: string;
  publisher: string | null;
  usedBy: ResourceRow['usedBy'];
  state: LinkOutcome;
  since: Date;
  checkedAt: Date;
  lastOutcome: LinkOutcome;
  httpStatus: number | null;
  finalUrl: string | null;
  reason: string;
  consecutiveFailures: number;
}

export const createLinkCheckRepository = (db: Db) => ({
  /** Up to `limit` published resources to check, those never checked first, then those checked longest ago. */
  async listLinksToCheck(limit: number): Promise<LinkToCheck[]> {
    const rows = await db
      .selectFrom('resources as res')
      .leftJoin('resourceLinks as link', 'link.resourceId', 'res.id')
      .select([
        'res.id as resourceId',
        'res.url',
        'link.state',
        'link.since',
        'link.checkedAt',
        'link.consecutiveFailures',
        'link.firstFailedAt',
      ])
      .where('res.archivedAt', 'is', null)
      .orderBy(sql`link.checked_at asc nulls first`)
      .orderBy(sql`res.id collate "C"`)
      .limit(limit)
      .execute();
    return rows.map(({ resourceId, url, state, since, checkedAt, consecutiveFailures, firstFailedAt }) => ({
      resourceId,
      url,
      previous:
        state === null || since === null || checkedAt === null || consecutiveFailures === null
          ? undefined
          : { state: state as LinkOutcome, since, checkedAt, consecutiveFailures, firstFailedAt },
    }));
  },

  /** Adds a check to the history and makes `state` the link's current state, together. */
  async recordCheck(resourceId: string, check: CheckRecord, state: LinkState) {
    await atomically(db, async (trx) => {
      await trx
        .insertInto('resourceLinkChecks')
        .values({ resourceId, checkedAt: state.checkedAt, ...check })
        .execute();
      const current = {
        state: state.state,
        since: state.since,
        checkedAt: state.checkedAt,
        lastOutcome: check.outcome,
        httpStatus: check.httpStatus,
        finalUrl: check.finalUrl,
        reason: check.reason,
        consecutiveFailures: state.consecutiveFailures,
        firstFailedAt: state.firstFailedAt,
      };
      await trx
        .insertInto('resourceLinks')
        .values({ resourceId, ...current })
        .onConflict((conflict) => conflict.column('resourceId').doUpdateSet(current))
        .execute();
    });
  },

  /** Published resources whose link has been checked, in `state` if given, in id order after `afterId`. */
  async listLinks(state: LinkOutcome | undefined, afterId: string | undefined, limit: number): Promise<LinkRow[]> {
    const rows = await db
      .selectFrom('resourceLinks as link')
      .innerJoin('resources as res', 'res.id', 'link.resourceId')
      .select([
        'link.resourceId',
        'res.type',
        'res.title',
        'res.url',
        'res.publisher',
        resourceUsedBy.as('usedBy'),
        'link.state',
        'link.since',
        'link.checkedAt',
        'link.lastOutcome',
        'link.httpStatus',
        'link.finalUrl',
        'link.reason',
        'link.consecutiveFailures',
      ])
      .where('res.archivedAt', 'is', null)
      .$if(state !== undefined, (qb) => qb.where('link.state', '=', state!))
      .$if(afterId !== undefined, (qb) => qb.where(sql<SqlBool>`link.resource_id collate "C" > ${afterId}`))
      .orderBy(sql`link.resource_id collate "C"`)
      .limit(pageRows(limit))
      .execute();
    return rows as LinkRow[];
  },

  /** Deletes up to `limit` checks made more than `days` days ago; each link's current state stays. */
  async deleteChecksBefore(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('resourceLinkChecks')
      .where('id', 'in', (eb) =>
        eb.selectFrom('resourceLinkChecks').select('id').where('checkedAt', '<', cutoff).limit(limit),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});

export type LinkCheckRepository = ReturnType<typeof createLinkCheckRepository>;
