import type { Static } from 'typebox';
import { Type } from 'typebox';
import { CursorRowId, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { AuditRepository } from './audit.repository.ts';
import type { AuditEntry, ListAuditQuery } from './audit.schemas.ts';

const AuditCursor = Type.Object({ before: CursorRowId }, { additionalProperties: false });

export const createAuditService = ({ auditRepository }: { auditRepository: AuditRepository }) => ({
  async list(query: Static<typeof ListAuditQuery>) {
    const limit = query.limit ?? 50;
    const before = resumeFrom(query.cursor, AuditCursor)?.before;
    const rows = await auditRepository.list(query, before, rowsForPage(limit));
    const page = pageOf(rows, limit, (last) => ({ before: last.id }));
    const items: Static<typeof AuditEntry>[] = page.items.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      action: row.action,
      actorId: row.actorId,
      subjectId: row.subjectId,
      ip: row.ip,
      userAgent: row.userAgent,
      details: row.details,
    }));
    return { items, nextCursor: page.nextCursor };
  },
});

export type AuditService = ReturnType<typeof createAuditService>;
