import { sql, type Kysely } from 'kysely';

// Before time zones were stored as the name ICU resolves (decision 0012), a learner could save a name PostgreSQL no
// longer knows (US/Pacific-New) or a UTC offset, which PostgreSQL reads with the sign reversed; their streak then
// failed on every request. Each stored name becomes its resolved zone; an offset or an unknown name becomes the
// default, UTC, since no zone name says what the learner meant.

// The rule of accounts/time-zone.ts as it was when this was written, copied so the migration never changes with it.
const resolvedZone = (name: string): string | undefined => {
  if (!/^[A-Za-z]/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

export const up = async (db: Kysely<unknown>): Promise<void> => {
  const { rows } = await sql<{ time_zone: string }>`select distinct time_zone from users`.execute(db);
  for (const { time_zone: stored } of rows) {
    const canonical = resolvedZone(stored) ?? 'UTC';
    if (canonical !== stored) {
      await sql`update users set time_zone = ${canonical} where time_zone = ${stored}`.execute(db);
    }
  }
};

// The names it replaced were wrong for PostgreSQL; there is nothing to put back.
export const down = async (): Promise<void> => {};
