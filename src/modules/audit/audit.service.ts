import type { Static } from 'typebox';
import { Type } from 'typebox';
import { CursorRowId, decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import type { AuditRepository } from './audit.repository.ts';
import type { AuditEntry, ListAuditQuery } from './audit.schemas.ts';

const AuditCursor = Type.Object({ before: CursorRowId }, { additionalProperties: false });

export const createAuditService = ({ auditRepository }: { auditRepository: AuditRepository }) => ({
  async list(query: Static<typeof ListAuditQuery>) {
    const limit = query.limit ?? 50;
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor, AuditCursor).before;
    const rows = await auditRepository.list(query, before, limit + 1);
    const items: Static<typeof AuditEntry>[] = rows.slice(0, limit).map((row) => ({
      id: Number(row.id),
      occurredAt: row.occurred_at.toISOString(),
      action: row.action,
      actorId: row.actor_id,
      subjectId: row.subject_id,
      ip: row.ip,
      userAgent: row.user_agent,
      details: row.details,
    }));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor({ before: last.id }) : null };
  },
});

export type AuditService = ReturnType<typeof createAuditService>;
