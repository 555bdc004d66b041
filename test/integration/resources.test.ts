import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResourcePage, type Resource } from '../../src/modules/resources/resources.schemas.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const list = async (query: string) => {
  const response = await t.app.inject(`/v1/resources?${query}`);
  return { response, page: response.json<{ items: Resource[]; nextCursor: string | null }>() };
};

/** Follows nextCursor to the end and returns every item seen. */
const listAll = async (query: string) => {
  const items: Resource[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const { page } = await list(`${query}${cursor === null ? '' : `&cursor=${cursor}`}`);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== null && pages < 100);
  return { items, pages };
};

describe('GET /v1/resources', () => {
  it('when a visitor pages through every resource, then each appears once, in id order', async () => {
    const { items, pages } = await listAll('limit=7');

    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(pages).toBe(Math.ceil(ids.length / 7));
    expect(ids).toEqual([...ids].sort());
  });

  it('when filtered by type, then only that type comes back', async () => {
    const { response, page } = await list('type=book&limit=100');

    expect(response.statusCode).toBe(200);
    expect(Value.Check(ResourcePage, page)).toBe(true);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.type === 'book')).toBe(true);
  });

  it('when filtered by a roadmap step, then exactly the resources that step links come back', async () => {
    const roadmap = (await t.app.inject('/v1/roadmaps/backend-developer')).json<{
      tiers: { steps: { id: string; resources: { id: string }[] }[] }[];
    }>();
    const step = roadmap.tiers[1]!.steps[0]!;

    const { page } = await list(`roadmap=backend-developer&step=${step.id}&limit=100`);

    expect(page.items.map((item) => item.id).sort()).toEqual(step.resources.map((resource) => resource.id).sort());
    expect(page.items.every((item) => item.usedBy.some((use) => use.stepId === step.id))).toBe(true);
  });

  it('when searched for "sql", then matches come back best first and each mentions it', async () => {
    const { page } = await list('q=sql&limit=100');

    expect(page.items.length).toBeGreaterThan(1);
    for (const item of page.items) {
      expect(`${item.title} ${item.description} ${item.publisher ?? ''}`.toLowerCase()).toMatch(/sql/);
    }
  });

  it('when a search is paged, then the pages join up without repeats', async () => {
    const whole = (await list('q=security&limit=100')).page.items.map((item) => item.id);
    const paged = (await listAll('q=security&limit=2')).items.map((item) => item.id);

    expect(whole.length).toBeGreaterThan(2);
    expect(paged).toEqual(whole);
  });

  it('when filters combine, then every filter applies', async () => {
    const { page } = await list('roadmap=backend-developer&type=docs&q=docker&limit=100');

    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.type === 'docs')).toBe(true);
  });

  it.each([
    ['step=rest-api-design', '/roadmap'],
    ['type=podcast', '/type'],
    ['q=', '/q'],
    ['q=%20%20', '/q'],
    [`q=${'x'.repeat(201)}`, '/q'],
    ['limit=101', '/limit'],
    [`cursor=${Buffer.from('{"offset":5}').toString('base64url')}`, '/cursor'],
    [`q=sql&cursor=${Buffer.from('{"afterId":"a"}').toString('base64url')}`, '/cursor'],
    [`cursor=${Buffer.from('{"afterId":"a","admin":true}').toString('base64url')}`, '/cursor'],
  ])('when the query is %s, then the answer is a 400 problem pointing at %s', async (query, pointer) => {
    const { response } = await list(query);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ pointer })]) as unknown,
    });
  });

  it('when search syntax is odd, then it is read as words, never as an error', async () => {
    const { response } = await list(`q=${encodeURIComponent(`"sql & ! ( ) : * | -- ' \\`)}`);

    expect(response.statusCode).toBe(200);
  });
});
