// "What changed since you were last here" through HTTP on a real database (both engines): the seen version is set on
// following or first progress, the notice lists the steps added, changed and moved since, and dismissing it works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionChanges } from '../../src/modules/versions/version-changes.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher, splitStep } from '../support/publishing.ts';

let t: TestApp;
let editors: Awaited<ReturnType<typeof publisher>>;
beforeAll(async () => {
  t = await createTestApp();
  editors = await publisher(() => t);
});
afterAll(() => t.close());

const as = (learner: SignedUp | undefined, method: 'GET' | 'PUT', url: string, body?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: learner === undefined ? {} : { authorization: `Bearer ${learner.accessToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
const changesOf = async (learner: SignedUp, slug: string) =>
  (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/changes`)).json<VersionChanges>();

describe('what changed since you were last here', () => {
  it('when a roadmap changes after a learner followed it, then the notice lists the steps and dismissing empties it', async () => {
    const slug = 'frontend-developer';
    const follower = await signUp(t);
    const stranger = await signUp(t);
    const follow = await as(follower, 'PUT', `/v1/me/roadmaps/${slug}`, { hoursPerWeek: 5, startDate: '2026-11-01' });
    expect(follow.statusCode).toBe(200);
    const before = await changesOf(follower, slug);
    expect(before).toMatchObject({ seenVersion: 1, currentVersion: 1, added: [], changed: [], moved: [] });

    let ids: string[] = [];
    const draft = await editors.approved(slug, (doc) => {
      ids = doc.steps.map((step) => step.id);
      const [first, second, third] = doc.steps;
      const split = splitStep(doc, first!.id, first!.id, `${first!.id}-more`);
      split.steps = split.steps.map((step) => (step.id === third!.id ? { ...step, summary: 'Said anew.' } : step));
      // The second step goes to the end of the last tier: moved.
      for (const tier of split.tiers) tier.steps = tier.steps.filter((id) => id !== second!.id);
      split.tiers.at(-1)!.steps.push(second!.id);
      split.steps = [
        ...split.steps.filter((step) => step.id !== second!.id),
        split.steps.find((step) => step.id === second!.id)!,
      ];
      return split;
    });
    expect((await editors.publish(draft)).statusCode).toBe(201);
    const [first, second, third] = ids;

    const notice = await changesOf(follower, slug);

    expect(notice).toMatchObject({ roadmap: { slug }, seenVersion: 1, currentVersion: 2 });
    expect(notice.added).toEqual([
      { id: `${first}-more`, title: expect.stringContaining('part two') as string, tier: expect.any(Object) as object },
    ]);
    expect(notice.changed.map((step) => step.id)).toEqual([third]);
    expect(notice.moved.map((step) => step.id)).toContain(second);
    expect(await changesOf(stranger, slug)).toMatchObject({ seenVersion: null, currentVersion: 2, added: [] });

    const dismissed = await as(follower, 'PUT', `/v1/me/roadmaps/${slug}/changes/seen`, { version: 2 });
    expect(dismissed.statusCode).toBe(204);
    expect(await changesOf(follower, slug)).toMatchObject({ seenVersion: 2, added: [], changed: [], moved: [] });
  });

  it('when a learner first records progress, then they have seen the current version: no notice of the past', async () => {
    const slug = 'backend-developer';
    const learner = await signUp(t);
    const stepId = 'no-such-step';
    const roadmap = (await as(learner, 'GET', `/v1/roadmaps/${slug}`)).json<{ tiers: { steps: { id: string }[] }[] }>();
    const first = roadmap.tiers[0]!.steps[0]!.id;
    expect(first).not.toBe(stepId);

    expect((await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${first}`, { status: 'done' })).statusCode).toBe(
      200,
    );

    const notice = await changesOf(learner, slug);
    expect(notice.seenVersion).toBe(notice.currentVersion);
    expect(notice.added).toEqual([]);
  });

  it('when the version dismissed is beyond the current one, then 400 naming /version and nothing is written', async () => {
    const learner = await signUp(t);

    const refused = await as(learner, 'PUT', '/v1/me/roadmaps/devops-engineer/changes/seen', { version: 99 });

    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/version');
    expect((await changesOf(learner, 'devops-engineer')).seenVersion).toBeNull();
  });

  it('when the roadmap does not exist, then 404', async () => {
    const learner = await signUp(t);
    expect((await as(learner, 'GET', '/v1/me/roadmaps/no-such-roadmap/changes')).statusCode).toBe(404);
  });

  it('when no one is signed in, then both routes answer 401', async () => {
    expect((await as(undefined, 'GET', '/v1/me/roadmaps/devops-engineer/changes')).statusCode).toBe(401);
    expect(
      (await as(undefined, 'PUT', '/v1/me/roadmaps/devops-engineer/changes/seen', { version: 1 })).statusCode,
    ).toBe(401);
  });
});
