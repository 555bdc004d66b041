import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/infra/database.ts';
import {
  CHECKLIST_LEVELS,
  COHORT_JOIN_WAYS,
  COMMENT_STATES,
  DRAFT_KINDS,
  DRAFT_REVIEW_KINDS,
  DRAFT_STATUSES,
  EMAIL_TOKEN_PURPOSES,
  FORK_PROPOSAL_STATUSES,
  HUB_KINDS,
  LEVELS,
  LINK_OUTCOMES,
  MAIL_TRANSPORTS,
  PROGRESS_EVENT_KINDS,
  RESOURCE_TYPES,
  ROLES,
  STEP_STATUSES,
  SUBMISSION_AUTHOR_ROLES,
  SUBMISSION_DECISIONS,
  SUBMISSION_STATUSES,
  VERSION_SOURCES,
} from '../../src/lib/enums.ts';
import { createTestDatabase } from '../support/harness.ts';

// The migrations are history and cannot import lib/enums.ts, so this is what keeps the two the same: each column's
// check constraint, as the migrated database holds it, allows exactly the values of its constant.
const ENUM_COLUMNS: Record<string, readonly string[]> = {
  'resources.type': RESOURCE_TYPES,
  'users.role': ROLES,
  'email_tokens.purpose': EMAIL_TOKEN_PURPOSES,
  'sent_mail.transport': MAIL_TRANSPORTS,
  'step_progress.status': STEP_STATUSES,
  'checklist_assessments.level': CHECKLIST_LEVELS,
  'progress_events.kind': PROGRESS_EVENT_KINDS,
  'feedback_comments.state': COMMENT_STATES,
  'hub_entries.kind': HUB_KINDS,
  'hub_entries.level': LEVELS,
  'roadmap_versions.source': VERSION_SOURCES,
  'roadmap_drafts.kind': DRAFT_KINDS,
  'roadmap_drafts.status': DRAFT_STATUSES,
  'draft_reviews.kind': DRAFT_REVIEW_KINDS,
  'resource_link_checks.outcome': LINK_OUTCOMES,
  'fork_proposals.status': FORK_PROPOSAL_STATUSES,
  'cohort_members.joined_via': COHORT_JOIN_WAYS,
  'resource_links.state': LINK_OUTCOMES,
  'resource_links.last_outcome': LINK_OUTCOMES,
  'project_submissions.status': SUBMISSION_STATUSES,
  'submission_replies.author_role': SUBMISSION_AUTHOR_ROLES,
  'submission_replies.decision': SUBMISSION_DECISIONS,
};

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Every check constraint on one column that lists allowed values: `col = ANY (ARRAY['a'::text, …])`. */
const allowedValues = async (table: string, column: string) => {
  const { rows } = await sql<{ definition: string }>`
    select pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_namespace n on n.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = any (c.conkey)
    where c.contype = 'c' and n.nspname = 'public' and t.relname = ${table} and a.attname = ${column}
  `.execute(database.db);
  const lists = rows
    .map((row) =>
      [...row.definition.matchAll(/'((?:[^']|'')*)'::text/g)].map((match) => match[1]!.replaceAll("''", "'")),
    )
    .filter((values) => values.length > 0);
  return lists;
};

describe('the check constraints on enumerated columns', () => {
  it.each(Object.entries(ENUM_COLUMNS))(
    'when %s is read from the migrated database, then it allows exactly its constant',
    async (qualified, expected) => {
      const [table, column] = qualified.split('.') as [string, string];
      const lists = await allowedValues(table, column);
      expect(lists).toHaveLength(1);
      expect([...lists[0]!].sort()).toEqual([...expected].sort());
    },
  );

  it('when a value outside the constant is written, then the database refuses it', async () => {
    const insert = sql`insert into resources (id, type, title, url, description, free, topics, content_hash)
      values ('enum-check', 'podcast', 't', 'https://example.org', 'd', true, '{}', 'h')`.execute(database.db);
    await expect(insert).rejects.toMatchObject({ code: '23514' });
  });
});
