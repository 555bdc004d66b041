import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';

export interface AuditEntry {
  action: string;
  actorId?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Facts about the event. Never secrets: no passwords, tokens or hashes. */
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectId?: string | undefined;
}

export const createAuditRepository = (db: Db) => ({
  /**
   * Newest first, before the given entry id, with the names of the people in them: the actor's, and the subject's
   * when the subject is an account (joined here, so a page costs one query however many people it names).
   */
  async list(filter: AuditFilter, beforeId: number | undefined, limit: number) {
    let query = db
      .selectFrom('auditLog as a')
      .leftJoin('users as actor', 'actor.id', 'a.actorId')
      .leftJoin('users as subject', 'subject.id', 'a.subjectId')
      .select([
        'a.id',
        'a.occurredAt',
        'a.action',
        'a.actorId',
        'a.subjectId',
        'a.ip',
        'a.userAgent',
        'a.details',
        'actor.displayName as actorName',
        'actor.email as actorEmail',
        'subject.displayName as subjectName',
      ])
      .orderBy('a.id', 'desc')
      .limit(pageRows(limit));
    if (filter.action !== undefined) query = query.where('a.action', '=', filter.action);
    if (filter.actorId !== undefined) query = query.where('a.actorId', '=', filter.actorId);
    if (filter.subjectId !== undefined) query = query.where('a.subjectId', '=', filter.subjectId);
    if (beforeId !== undefined) query = query.where('a.id', '<', beforeId);
    return query.execute();
  },

  async record(entry: AuditEntry) {
    await db
      .insertInto('auditLog')
      .values({
        action: entry.action,
        actorId: entry.actorId ?? null,
        subjectId: entry.subjectId ?? null,
        ip: entry.ip ?? null,
        userAgent: entry.userAgent?.slice(0, 500) ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  },
});

export type AuditRepository = ReturnType<typeof createAuditRepository>;
