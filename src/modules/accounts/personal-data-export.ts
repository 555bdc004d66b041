// "Everything Waymark holds about you" (GET /v1/me/export). The audit trail is the one part that grows with every
// login, so the export carries its newest entries up to a stated bound and says when older ones were left out.
import { UnauthorizedError } from '../../lib/errors.ts';
import type { Bookmark } from '../bookmarks/bookmarks.schemas.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import { toLinkedLogin } from './accounts.shared.ts';
import type { PersonalDataExport, Session, UserProfile } from './accounts.schemas.ts';

/** Audit-log entries one personal-data export carries at most: the newest ones. */
export const MAX_EXPORTED_AUDIT_ENTRIES = 10_000;

export const createPersonalDataExport =
  ({
    accountsRepository,
    listSessions,
    bookmarksOf,
    toProfile,
    now,
  }: {
    accountsRepository: Pick<AccountsRepository, 'findUserById' | 'auditTrail' | 'linkedLogins'>;
    listSessions: (session: { userId: string; sessionId: string }) => Promise<Session[]>;
    bookmarksOf: (userId: string) => Promise<Bookmark[]>;
    toProfile: (user: NonNullable<Awaited<ReturnType<AccountsRepository['findUserById']>>>) => UserProfile;
    now: () => Date;
  }) =>
  async (session: { userId: string; sessionId: string }): Promise<PersonalDataExport> => {
    const [user, sessions, newestFirst, bookmarks, linkedLogins] = await Promise.all([
      accountsRepository.findUserById(session.userId),
      listSessions(session),
      accountsRepository.auditTrail(session.userId, MAX_EXPORTED_AUDIT_ENTRIES + 1),
      bookmarksOf(session.userId),
      accountsRepository.linkedLogins(session.userId),
    ]);
    if (user === undefined) throw new UnauthorizedError('This account no longer exists.');
    const trail = newestFirst.slice(0, MAX_EXPORTED_AUDIT_ENTRIES).reverse();
    return {
      exportedAt: now().toISOString(),
      profile: toProfile(user),
      sessions,
      activity: trail.map((entry) => ({
        occurredAt: entry.occurredAt.toISOString(),
        action: entry.action,
        ip: entry.ip,
        userAgent: entry.userAgent,
      })),
      activityTruncated: newestFirst.length > MAX_EXPORTED_AUDIT_ENTRIES,
      bookmarks,
      linkedLogins: linkedLogins.map(toLinkedLogin),
    };
  };
