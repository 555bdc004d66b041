import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BOOKMARKS } from '../../src/modules/bookmarks/bookmarks.service.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let stepIds: string[];
beforeAll(async () => {
  t = await createTestApp();
  const roadmap = (await t.app.inject('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();
  stepIds = roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id));
});
afterAll(() => t.close());

const SLUG = 'backend-developer';
const call = (token: string | undefined, method: 'GET' | 'PUT' | 'DELETE', url: string) =>
  t.app.inject({ method, url, headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
const at = (stepId: string) => `/v1/me/bookmarks/${SLUG}/${stepId}`;

interface Page {
  items: { roadmap: { slug: string }; step: { id: string; title: string }; href: string | null }[];
  nextCursor: string | null;
}

describe('step bookmarks', () => {
  it('when a learner bookmarks a step twice, then it is listed once: 201, then 200 with the same time', async () => {
    const token = (await signUp(t)).accessToken;

    const first = await call(token, 'PUT', at(stepIds[0]!));
    const again = await call(token, 'PUT', at(stepIds[0]!));
    const listed = await call(token, 'GET', '/v1/me/bookmarks');

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(listed.json<Page>()).toEqual({
      items: [
        expect.objectContaining({
          roadmap: { slug: SLUG, title: expect.any(String) as string },
          step: { id: stepIds[0], title: expect.any(String) as string },
          href: `/v1/roadmaps/${SLUG}/steps/${stepIds[0]}`,
        }),
      ],
      nextCursor: null,
    });
    expect((await call(token, 'GET', at(stepIds[0]!))).statusCode).toBe(200);
  });

  it('when a bookmark is removed, then it is gone; removing it again is a 404', async () => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', at(stepIds[1]!));

    const removed = await call(token, 'DELETE', at(stepIds[1]!));
    const again = await call(token, 'DELETE', at(stepIds[1]!));

    expect(removed.statusCode).toBe(204);
    expect(again.statusCode).toBe(404);
    expect((await call(token, 'GET', '/v1/me/bookmarks')).json<Page>().items).toEqual([]);
    expect((await call(token, 'GET', at(stepIds[1]!))).statusCode).toBe(404);
  });

  it("when another learner lists or removes, then they see none of someone else's bookmarks", async () => {
    const owner = (await signUp(t)).accessToken;
    const other = (await signUp(t)).accessToken;
    await call(owner, 'PUT', at(stepIds[0]!));

    expect((await call(other, 'GET', '/v1/me/bookmarks')).json<Page>().items).toEqual([]);
    expect((await call(other, 'DELETE', at(stepIds[0]!))).statusCode).toBe(404);
    expect((await call(owner, 'GET', '/v1/me/bookmarks')).json<Page>().items).toHaveLength(1);
  });

  it('when nobody is signed in, then every bookmark route answers 401', async () => {
    for (const [method, url] of [
      ['GET', '/v1/me/bookmarks'],
      ['PUT', at(stepIds[0]!)],
      ['DELETE', at(stepIds[0]!)],
    ] as const) {
      expect((await call(undefined, method, url)).statusCode).toBe(401);
    }
  });

  it('when the roadmap or the step does not exist, then a 404 problem names it', async () => {
    const token = (await signUp(t)).accessToken;

    const noStep = await call(token, 'PUT', at('time-travel'));
    const noRoadmap = await call(token, 'PUT', `/v1/me/bookmarks/underwater-basketry/${stepIds[0]}`);

    expect(noStep.statusCode).toBe(404);
    expect(noStep.headers['content-type']).toContain('application/problem+json');
    expect(noStep.json<{ detail: string }>().detail).toContain('"time-travel"');
    expect(noRoadmap.statusCode).toBe(404);
    expect(noRoadmap.json<{ detail: string }>().detail).toContain('"underwater-basketry"');
  });

  it('when there are more bookmarks than a page, then the pages hold each once, newest first', async () => {
    const token = (await signUp(t)).accessToken;
    for (const stepId of stepIds.slice(0, 3)) await call(token, 'PUT', at(stepId));

    const first = (await call(token, 'GET', '/v1/me/bookmarks?limit=2')).json<Page>();
    const second = (
      await call(token, 'GET', `/v1/me/bookmarks?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`)
    ).json<Page>();

    expect(first.items.map((item) => item.step.id)).toEqual([stepIds[2], stepIds[1]]);
    expect(second.items.map((item) => item.step.id)).toEqual([stepIds[0]]);
    expect(second.nextCursor).toBeNull();
    expect((await call(token, 'GET', '/v1/me/bookmarks?cursor=not-one')).statusCode).toBe(400);
  });

  it(`when an account holds ${MAX_BOOKMARKS} bookmarks, then one more is a 409 naming the cap`, async () => {
    const learner = await signUp(t);
    // So many steps exist only here: an archived roadmap of its own, which no other test reads.
    await sql`insert into roadmaps (slug, title, summary, license, document, content_hash, archived_at)
      values ('bookmark-cap', 'Cap', 'Cap', 'CC-BY-SA-4.0', '{}', 'x', now())`.execute(t.database.db);
    await sql`insert into roadmap_steps (roadmap_slug, id, tier_id, position, title, summary, body, estimated_hours,
      content_hash, archived_at)
      select 'bookmark-cap', 'step-' || n, 't', n, 'Step ' || n, '', '', 1, 'x', now()
      from generate_series(1, ${MAX_BOOKMARKS}) as n`.execute(t.database.db);
    await sql`insert into step_bookmarks (user_id, roadmap_slug, step_id)
      select ${learner.id}, 'bookmark-cap', 'step-' || n from generate_series(1, ${MAX_BOOKMARKS}) as n`.execute(
      t.database.db,
    );

    const refused = await call(learner.accessToken, 'PUT', at(stepIds[0]!));

    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain(String(MAX_BOOKMARKS));
    const archived = (await call(learner.accessToken, 'GET', '/v1/me/bookmarks?limit=1')).json<Page>();
    expect(archived.items[0]!.href).toBeNull();
    expect((await call(learner.accessToken, 'DELETE', '/v1/me/bookmarks/bookmark-cap/step-1')).statusCode).toBe(204);
    expect((await call(learner.accessToken, 'PUT', at(stepIds[0]!))).statusCode).toBe(201);
  });

  it('when the account exports its data, then its bookmarks are in it', async () => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', at(stepIds[0]!));

    const exported = await call(token, 'GET', '/v1/me/export');

    expect(exported.statusCode).toBe(200);
    expect(exported.json<{ bookmarks: Page['items'] }>().bookmarks).toEqual([
      expect.objectContaining({ step: expect.objectContaining({ id: stepIds[0] }) as object }),
    ]);
  });

  it('when the account is deleted, then its bookmarks go with it', async () => {
    const learner = await signUp(t);
    await call(learner.accessToken, 'PUT', at(stepIds[0]!));

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/v1/me',
      headers: { authorization: `Bearer ${learner.accessToken}` },
      payload: { password: learner.password },
    });

    expect(deleted.statusCode).toBe(204);
    const left = await t.database.db
      .selectFrom('stepBookmarks')
      .select('id')
      .where('userId', '=', learner.id)
      .execute();
    expect(left).toEqual([]);
  });
});
