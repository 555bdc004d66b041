import type { Db } from '../../infra/database.ts';

export interface AuditEntry {
  action: string;
  actorId?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Facts about the event. Never secrets: no passwords, tokens or hashes. */
  details?: Record<string, unknown>;
}

export const createAuditRepository = (db: Db) => ({
  async record(entry: AuditEntry) {
    await db
      .insertInto('audit_log')
      .values({
        action: entry.action,
        actor_id: entry.actorId ?? null,
        subject_id: entry.subjectId ?? null,
        ip: entry.ip ?? null,
        user_agent: entry.userAgent?.slice(0, 500) ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  },
});

export type AuditRepository = ReturnType<typeof createAuditRepository>;
