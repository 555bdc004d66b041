// Forks through HTTP on a real database (both engines): who may work on them, making one, and changing its overlay
// (published as the fork's next version), with every refusal leaving things as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fork, ForkPublished } from '../../src/modules/forks/forks.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import type { Method } from '../support/drafts.ts';
import { forksClient } from '../support/forks.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let editor: string;
let learner: string;
let learnerId: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  const signedUp = await signUp(t);
  learner = signedUp.accessToken;
  learnerId = signedUp.id;
});
afterAll(() => t.close());

const { call, fork, readFork, changeOverlay, roadmap, versionSources } = forksClient(
  () => t,
  () => editor,
);
const stepIdsOf = (doc: RoadmapDocument) => doc.tiers.flatMap((tier) => tier.steps.map((step) => step.id));
const forkRow = (slug: string) =>
  t.database.db.selectFrom('roadmapForks').selectAll().where('slug', '=', slug).executeTakeFirst();
const auditActions = async (slug: string) =>
  (
    await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where((eb) => eb(eb.ref('details', '->>').key('fork'), '=', slug))
      .orderBy('id')
      .execute()
  ).map((row) => row.action);

describe('who may work on forks', () => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const routes: [Method, string, unknown?][] = [
    ['POST', '/v1/roadmaps/backend-developer/forks', { slug: 'a-fork' }],
    ['GET', '/v1/forks'],
    ['GET', '/v1/forks/a-fork'],
    ['PUT', '/v1/forks/a-fork/overlay', { overlay: {}, notes: 'x' }],
    ['GET', '/v1/forks/a-fork/proposals'],
    ['GET', `/v1/fork-proposals/${someId}`],
    ['POST', `/v1/fork-proposals/${someId}/accept`, {}],
    ['POST', `/v1/fork-proposals/${someId}/decline`],
  ];

  it.each(routes)(
    'when %s %s is called without a login, then 401; by a learner, then 403',
    async (method, url, body) => {
      const anonymous = await call(method, url, { body });
      const byLearner = await call(method, url, { token: learner, body });

      expect(anonymous.statusCode).toBe(401);
      expect(byLearner.statusCode).toBe(403);
    },
  );
});

describe('making a fork', () => {
  it('when an editor forks a roadmap, then learners read it under its own slug as version 1 of its own', async () => {
    const upstream = await roadmap('backend-developer');

    const made = await fork('backend-developer', 'acme-backend', 'Backend at Acme');

    expect(made).toMatchObject({
      slug: 'acme-backend',
      title: 'Backend at Acme',
      href: '/v1/roadmaps/acme-backend',
      upstream: { slug: 'backend-developer', version: upstream.version!.number },
      version: 1,
      overlay: { title: 'Backend at Acme' },
      revision: 1,
      etag: '"fork-acme-backend-1"',
      openProposal: null,
    });
    const learnersSee = await roadmap('acme-backend');
    expect(learnersSee.title).toBe('Backend at Acme');
    expect(stepIdsOf(learnersSee)).toEqual(stepIdsOf(upstream));
    expect(await versionSources('acme-backend')).toEqual(['1:fork']);
    expect(await auditActions('acme-backend')).toEqual(['fork.created']);
  });

  it('when the slug is taken, the upstream unknown or the body wrong, then 4xx naming it and nothing is written', async () => {
    const taken = await call('POST', '/v1/roadmaps/backend-developer/forks', {
      token: editor,
      body: { slug: 'frontend-developer' },
    });
    const itself = await call('POST', '/v1/roadmaps/backend-developer/forks', {
      token: editor,
      body: { slug: 'backend-developer' },
    });
    const unknown = await call('POST', '/v1/roadmaps/no-such-roadmap/forks', { token: editor, body: { slug: 'x-y' } });
    const badSlug = await call('POST', '/v1/roadmaps/backend-developer/forks', {
      token: editor,
      body: { slug: 'Not A Slug' },
    });

    expect(taken.statusCode).toBe(409);
    expect(taken.headers['content-type']).toContain('application/problem+json');
    expect(taken.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/slug');
    expect(itself.statusCode).toBe(409);
    expect(unknown.statusCode).toBe(404);
    expect(badSlug.statusCode).toBe(400);
    expect(badSlug.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/slug');
    expect(await forkRow('x-y')).toBeUndefined();
    expect(await t.database.db.selectFrom('roadmapForks').select('slug').execute()).not.toContainEqual({
      slug: 'frontend-developer',
    });
  });
});

describe('changing a fork’s overlay', () => {
  it('when steps are hidden, added, renamed and noted, then the fork’s next version shows it and the old ETag is stale', async () => {
    const made = await fork('backend-developer', 'overlay-fork');
    const upstream = await roadmap('backend-developer');
    const [first, second, third] = stepIdsOf(upstream);
    const newStep = {
      id: 'acme-onboarding',
      title: 'Our onboarding',
      summary: 'How we work at Acme.',
      topics: [],
      estimatedHours: 2,
      resources: [],
      body: 'Meet the team.',
    };

    const changed = await changeOverlay(made, {
      hide: [second],
      add: [{ step: newStep, after: first }],
      rename: [{ step: third, title: 'Our third step' }],
      notes: [{ step: first, note: 'We use our own servers for this.' }],
    });

    expect(changed.statusCode, changed.body).toBe(200);
    const published = changed.json<ForkPublished>();
    expect(published.version).toEqual({ number: 2 });
    expect(published.fork.revision).toBe(2);
    expect(changed.headers.etag).toBe('"fork-overlay-fork-2"');
    const learnersSee = await roadmap('overlay-fork');
    const ids = stepIdsOf(learnersSee);
    expect(ids.slice(0, 3)).toEqual([first, 'acme-onboarding', third]);
    expect(ids).not.toContain(second);
    const steps = learnersSee.tiers.flatMap((tier) => tier.steps);
    expect(steps.find((step) => step.id === third)!.title).toBe('Our third step');
    expect(steps.find((step) => step.id === first)!.body).toContain('We use our own servers for this.');
    expect(stepIdsOf(await roadmap('backend-developer'))).toContain(second);
    expect(await versionSources('overlay-fork')).toEqual(['1:fork', '2:fork']);
    expect(await auditActions('overlay-fork')).toEqual(['fork.created', 'fork.overlay_changed']);

    const stale = await changeOverlay(made, {});
    expect(stale.statusCode).toBe(412);
  });

  it('when the overlay names steps the upstream does not have, then 400 naming /overlay/… and nothing is written', async () => {
    const made = await fork('backend-developer', 'bad-overlay-fork');

    const wrong = await changeOverlay(made, {
      hide: ['no-such-step'],
      resources: [{ step: 'no-such-step', add: ['no-such-resource'] }],
    });
    const withoutIfMatch = await call('PUT', '/v1/forks/bad-overlay-fork/overlay', {
      token: editor,
      body: { overlay: {}, notes: 'x' },
    });
    const unknownField = await changeOverlay(made, { hidden: [] });

    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toEqual([
      '/overlay/hide/0',
      '/overlay/resources/0/step',
      '/overlay/resources/0/add/0',
    ]);
    expect(withoutIfMatch.statusCode).toBe(428);
    expect(unknownField.statusCode).toBe(400);
    expect((await readFork('bad-overlay-fork')).revision).toBe(1);
    expect(await versionSources('bad-overlay-fork')).toEqual(['1:fork']);
  });

  it('when the overlay would hide a step learners of the fork have progress on, then 409 naming it and nothing changes', async () => {
    const made = await fork('backend-developer', 'progress-fork');
    const [first] = stepIdsOf(await roadmap('progress-fork'));
    await t.database.db
      .insertInto('stepProgress')
      .values({ userId: learnerId, roadmapSlug: 'progress-fork', stepId: first!, status: 'done' })
      .execute();

    const refused = await changeOverlay(made, { hide: [first] });

    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain(first);
    expect(stepIdsOf(await roadmap('progress-fork'))).toContain(first);
    expect(await readFork('progress-fork')).toMatchObject<Partial<Fork>>({ revision: 1, overlay: {} });
    expect(await versionSources('progress-fork')).toEqual(['1:fork']);
  });
});
