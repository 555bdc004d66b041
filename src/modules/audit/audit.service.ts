import type { Static } from 'typebox';
import { Type } from 'typebox';
import { CursorRowId, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { TargetNamesRepository, TargetRef } from '../feedback/target-names.repository.ts';
import type { AuditRepository } from './audit.repository.ts';
import type { AuditEntry, AuditPerson, AuditSubject, ListAuditQuery } from './audit.schemas.ts';

const AuditCursor = Type.Object({ before: CursorRowId }, { additionalProperties: false });
const REMOVED_ACCOUNT = 'a removed account';

type AuditRow = Awaited<ReturnType<AuditRepository['list']>>[number];

const person = (id: string | null, name: string | null, email: string | null): Static<typeof AuditPerson> | null =>
  id === null
    ? null
    : name === null
      ? { id, name: REMOVED_ACCOUNT, email: null, removed: true }
      : { id, name, email, removed: false };

/** The feedback target an entry is about (a moderated comment's), from its details. */
const targetOf = (row: AuditRow): TargetRef | undefined => {
  const { roadmap, target } = row.details;
  return typeof roadmap === 'string' && typeof target === 'string' ? { roadmap, target } : undefined;
};

export const createAuditService = ({
  auditRepository,
  targetNamesRepository,
}: {
  auditRepository: Pick<AuditRepository, 'list'>;
  targetNamesRepository: Pick<TargetNamesRepository, 'name'>;
}) => ({
  /** A page of entries with people and things named: the accounts come joined, the targets in one lookup. */
  async list(query: Static<typeof ListAuditQuery>) {
    const limit = query.limit ?? 50;
    const before = resumeFrom(query.cursor, AuditCursor)?.before;
    const rows = await auditRepository.list(query, before, rowsForPage(limit));
    const page = pageOf(rows, limit, (last) => ({ before: last.id }));
    const nameOf = await targetNamesRepository.name(page.items.flatMap((row) => targetOf(row) ?? []));
    const subjectOf = (row: AuditRow): Static<typeof AuditSubject> | null => {
      const target = targetOf(row);
      if (target !== undefined) {
        const { kind, title, href, removed, roadmap } = nameOf(target);
        return { kind, title, href, removed, roadmap };
      }
      if (row.subjectId === null) return null;
      // Every other subject is an account (the user whose login, role or token it is).
      return {
        kind: 'account',
        title: row.subjectName ?? REMOVED_ACCOUNT,
        href: null,
        removed: row.subjectName === null,
        roadmap: null,
      };
    };
    const items: Static<typeof AuditEntry>[] = page.items.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      action: row.action,
      actorId: row.actorId,
      actor: person(row.actorId, row.actorName, row.actorEmail),
      subjectId: row.subjectId,
      subject: subjectOf(row),
      ip: row.ip,
      userAgent: row.userAgent,
      details: row.details,
    }));
    return { items, nextCursor: page.nextCursor };
  },
});

export type AuditService = ReturnType<typeof createAuditService>;
