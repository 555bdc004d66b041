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
  /** Newest first, before the given entry id. */
  async list(filter: AuditFilter, beforeId: number | undefined, limit: number) {
    let query = db
      .selectFrom('auditLog')
      .select(['id', 'occurredAt', 'action', 'actorId', 'subjectId', 'ip', 'userAgent', 'details'])
      .orderBy('id', 'desc')
      .limit(pageRows(limit));
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.actorId !== undefined) query = query.where('actorId', '=', filter.actorId);
    if (filter.subjectId !== undefined) query = query.where('subjectId', '=', filter.subjectId);
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
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
