import { sql, type Kysely } from 'kysely';

// The personal-data export reads the newest audit entries by a person as well as about them. Entries about a person
// have an index (audit_log_subject_idx); this one is for those by them, so the export reads its bounded number of
// entries through indexes instead of the whole audit log.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`create index audit_log_actor_idx on audit_log (actor_id, occurred_at desc)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop index if exists audit_log_actor_idx`.execute(db);
};
