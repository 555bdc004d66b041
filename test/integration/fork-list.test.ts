// The list of forks (decision 0044) through HTTP on a real database (both engines): every fork with its upstream,
// versions and open proposal, in slug order, a page at a time; roadmaps that are no forks are not in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForkPage } from '../../src/modules/forks/forks.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { forksClient } from '../support/forks.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher } from '../support/publishing.ts';

let t: TestApp;
let editor: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
});
afterAll(() => t.close());

const { call, fork, roadmap } = forksClient(
  () => t,
  () => editor,
);

const list = async (query = '') => {
  const response = await call('GET', `/v1/forks${query}`, { token: editor });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ForkPage>();
};

describe('listing forks', () => {
  it('when there are forks, then each is listed with its upstream, its version and its open proposal, a page at a time', async () => {
    const upstreamVersion = (await roadmap('frontend-developer')).version!.number;
    await fork('frontend-developer', 'zz-front');
    await fork('backend-developer', 'aa-back', 'Backend, ours');
    await fork('frontend-developer', 'mm-front');
    const editors = await publisher(() => t);
    const published = await editors.publish(
      await editors.approved('frontend-developer', (doc) => ({ ...doc, summary: 'A new summary for everyone.' })),
    );
    expect(published.statusCode, published.body).toBe(201);

    const first = await list('?limit=2');
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);

    expect(first.items.map((item) => item.slug)).toEqual(['aa-back', 'mm-front']);
    expect(second).toMatchObject({ items: [{ slug: 'zz-front' }], nextCursor: null });
    expect(first.items[0]).toMatchObject({
      title: 'Backend, ours',
      href: '/v1/roadmaps/aa-back',
      upstream: { slug: 'backend-developer' },
      version: 1,
      openProposal: null,
    });
    const [front] = second.items;
    expect(front!.upstream).toEqual({
      slug: 'frontend-developer',
      version: upstreamVersion,
      latestVersion: upstreamVersion + 1,
    });
    expect(front!.openProposal!.href).toBe(`/v1/fork-proposals/${front!.openProposal!.id}`);
    expect(front).not.toHaveProperty('overlay');
  });

  it('when the cursor is not one the API gave out, then 400 naming it', async () => {
    const response = await call('GET', '/v1/forks?cursor=bm90LWEtY3Vyc29y', { token: editor });

    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toEqual(['/cursor']);
  });
});
