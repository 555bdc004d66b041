// Every list is read a page at a time: each route caps `limit` in its schema, and each repository caps it again, so
// no caller can ask the database for every row of a table at once.
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_ROWS } from '../../src/infra/page-size.ts';
import { createAuditRepository } from '../../src/modules/audit/audit.repository.ts';
import { createFeedbackRepository } from '../../src/modules/feedback/feedback.repository.ts';
import { createMailRepository } from '../../src/modules/mail/mail.repository.ts';
import { createProgressRepository } from '../../src/modules/progress/progress.repository.ts';
import { createResourcesRepository } from '../../src/modules/resources/resources.repository.ts';
import { createRoadmapsRepository } from '../../src/modules/roadmaps/roadmaps.repository.ts';
import { createSearchRepository, MAX_SEARCH_OFFSET } from '../../src/modules/search/search.repository.ts';
import { createUsersRepository } from '../../src/modules/users/users.repository.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

const ROWS = MAX_PAGE_ROWS + 50;
const UNBOUNDED = 1_000_000;

let t: TestApp;
let userId: string;
beforeAll(async () => {
  t = await createTestApp({ jobs: { runWorkers: false } });
  userId = (await signUp(t)).id;
  const db = t.database.db;
  await sql`
    insert into audit_log (action, details) select 'test.bulk', '{}' from generate_series(1, ${ROWS})`.execute(db);
  await sql`
    insert into users (id, email, display_name, password_hash)
    select gen_random_uuid(), 'bulk-' || n || '@example.org', 'Bulk', 'x' from generate_series(1, ${ROWS}) n`.execute(
    db,
  );
  await sql`
    insert into progress_events (user_id, roadmap_slug, kind)
    select ${userId}, 'backend-developer', 'followed' from generate_series(1, ${ROWS})`.execute(db);
  await sql`
    insert into sent_mail (job_id, recipient, subject, transport)
    select 'bulk-' || n, 'bulk@example.org', 'Bulk', 'dev-mailbox' from generate_series(1, ${ROWS}) n`.execute(db);
  await sql`
    insert into resources (id, type, title, url, description, free, content_hash)
    select 'bulk-' || n, 'article', 'Zanzibarish bulk ' || n, 'https://example.org/' || n, 'Zanzibarish', true, 'h'
    from generate_series(1, ${MAX_SEARCH_OFFSET + 20}) n`.execute(db);
  await sql`
    insert into roadmaps (slug, title, summary, license, document, content_hash)
    select 'bulk-' || n, 'Bulk', 'Bulk', 'CC-BY-SA-4.0', '{}', 'h' from generate_series(1, ${ROWS}) n`.execute(db);
  await sql`
    insert into feedback_comments (id, roadmap_slug, target, helpful, body, content_hash, spam_score, state, ip_hash)
    select gen_random_uuid(), 'backend-developer', 'roadmap', true, 'Bulk', 'bulk-' || n, 0, 'new', 'ip'
    from generate_series(1, ${ROWS}) n`.execute(db);
});
afterAll(() => t.close());

describe('every list query has a page size it cannot exceed', () => {
  it('when a repository is asked for a million rows, then it returns at most one page', async () => {
    const db = t.database.db;

    const pages = {
      audit: await createAuditRepository(db).list({}, undefined, UNBOUNDED),
      users: await createUsersRepository(db).listUsers({}, undefined, UNBOUNDED),
      activity: await createProgressRepository(db).listEvents(userId, undefined, UNBOUNDED),
      devMailbox: await createMailRepository(db).devMailbox(UNBOUNDED),
      resources: await createResourcesRepository(db).listResources({}, undefined, UNBOUNDED),
      roadmaps: await createRoadmapsRepository(db).listRoadmapsAfter(undefined, UNBOUNDED),
      comments: await createFeedbackRepository(db).listComments({}, undefined, UNBOUNDED),
      search: (await createSearchRepository(db).search('zanzibarish', 0, UNBOUNDED)).rows,
    };

    for (const [list, rows] of Object.entries(pages)) expect(rows.length, list).toBe(MAX_PAGE_ROWS);
  });

  it('when search is asked for a page deeper than the deepest, then it reads no further than that', async () => {
    const beyond = await createSearchRepository(t.database.db).search('zanzibarish', MAX_SEARCH_OFFSET * 100, 10);
    const deepest = await createSearchRepository(t.database.db).search('zanzibarish', MAX_SEARCH_OFFSET, 10);

    expect(deepest.rows).toHaveLength(10);
    expect(deepest.total).toBe(MAX_SEARCH_OFFSET + 20);
    expect(beyond).toEqual(deepest);
  });
});

describe('every list route caps its page size', () => {
  const openapi = JSON.parse(fs.readFileSync('openapi.json', 'utf8')) as {
    paths: Record<
      string,
      Record<string, { parameters?: { name: string; in: string; schema?: { maximum?: number } }[] }>
    >;
  };
  const limits = Object.entries(openapi.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) =>
      (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query' && parameter.name === 'limit')
        .map((parameter) => ({ route: `${method.toUpperCase()} ${path}`, maximum: parameter.schema?.maximum })),
    ),
  );

  it('when the API document is read, then every `limit` has a maximum no larger than a page', () => {
    expect(limits.map((limit) => limit.route)).toEqual(
      expect.arrayContaining(['GET /v1/roadmaps', 'GET /v1/resources', 'GET /v1/search', 'GET /v1/admin/audit-log']),
    );
    for (const { route, maximum } of limits) {
      expect(maximum, route).toBeDefined();
      expect(maximum!, route).toBeLessThan(MAX_PAGE_ROWS);
    }
  });

  it('when a page larger than the maximum is asked for, then it is a 400 naming limit', async () => {
    const response = await t.app.inject('/v1/search?q=backend&limit=51');

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'query', pointer: '/limit' }] });
  });
});
