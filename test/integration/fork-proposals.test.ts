// Proposals to forks through HTTP on a real database (both engines): an upstream's new version, published in the
// app or imported from the content files, proposed to its forks in the same transaction; read, accepted (the fork
// follows) or declined; superseded by a newer one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { ForkPublished } from '../../src/modules/forks/forks.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { copyFixtureContent, reworkAlpha } from '../support/content-fixture.ts';
import { draftsClient, MERGE_PATCH } from '../support/drafts.ts';
import { forksClient } from '../support/forks.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let editor: string;
let reviewer: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  reviewer = (await signUp(t, { role: 'editor' })).accessToken;
});
afterAll(() => t.close());

const { call, fork, readFork, changeOverlay, proposals, proposal, accept, roadmap, versionSources } = forksClient(
  () => t,
  () => editor,
);
const drafts = draftsClient(
  () => t,
  () => editor,
);
const stepsOf = (doc: RoadmapDocument) => doc.tiers.flatMap((tier) => tier.steps);
type Problem = { errors: { pointer: string }[] };

/** Publishes a new version of `slug` in the app: the steps retitled by `titles`, reviewed by another editor. */
const publishUpstream = async (slug: string, titles: Record<string, string>) => {
  const started = await drafts.startFromPublished(slug);
  const steps = started.document.steps.map((step) => ({ ...step, title: titles[step.id] ?? step.title }));
  const changed = await call('PATCH', `/v1/drafts/${started.id}`, {
    token: editor,
    ifMatch: started.etag,
    type: MERGE_PATCH,
    body: { steps },
  });
  expect(changed.statusCode, changed.body).toBe(200);
  const submitted = await call('POST', `/v1/drafts/${started.id}/submit`, {
    token: editor,
    ifMatch: changed.json<Draft>().etag,
  });
  expect(submitted.statusCode).toBe(200);
  const approval = await call('POST', `/v1/drafts/${started.id}/reviews`, {
    token: reviewer,
    body: { kind: 'approved', body: '' },
  });
  expect(approval.statusCode).toBe(201);
  const published = await call('POST', `/v1/drafts/${started.id}/publish`, {
    token: reviewer,
    ifMatch: (await drafts.read(started.id)).etag,
    body: { notes: 'New step titles' },
  });
  expect(published.statusCode, published.body).toBe(201);
  return published.json<{ version: { number: number } }>().version.number;
};

describe('a proposal from a version published in the app', () => {
  it('when upstream publishes, then the fork gets an open proposal with the diff, the touches and the result; accepting it publishes the fork on the new version', async () => {
    const made = await fork('frontend-developer', 'acme-frontend');
    const [first, second] = stepsOf(await roadmap('frontend-developer')).map((step) => step.id);
    const overlaid = (
      await changeOverlay(made, { rename: [{ step: first, title: 'Our first step' }] })
    ).json<ForkPublished>();

    const upstreamVersion = await publishUpstream('frontend-developer', {
      [first!]: 'Upstream’s new first title',
      [second!]: 'Upstream’s new second title',
    });

    const [open] = await proposals('acme-frontend');
    expect(open).toMatchObject({
      fork: 'acme-frontend',
      upstream: 'frontend-developer',
      fromVersion: made.upstream.version,
      toVersion: upstreamVersion,
      status: 'open',
    });
    expect((await readFork('acme-frontend')).openProposal).toEqual({ id: open!.id, href: open!.href });
    const read = await proposal(open!.id);
    expect(read.diff.steps.renamed.map((step) => step.id)).toEqual([first, second]);
    expect(read.touches).toEqual([
      {
        pointer: '/overlay/rename/0',
        stepId: first,
        detail: 'upstream renamed it too, to "Upstream’s new first title"',
      },
    ]);
    expect(read.dropped).toEqual([]);
    expect(read.result.steps.slice(0, 2).map((step) => step.title)).toEqual([
      'Our first step',
      'Upstream’s new second title',
    ]);
    expect(read.forkEtag).toBe(overlaid.fork.etag);

    const accepted = await accept(open!.id, read.forkEtag);

    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<ForkPublished>()).toMatchObject({
      fork: { upstream: { version: upstreamVersion }, revision: 3, openProposal: null },
      version: { number: 3 },
    });
    expect(
      stepsOf(await roadmap('acme-frontend'))
        .slice(0, 2)
        .map((step) => step.title),
    ).toEqual(['Our first step', 'Upstream’s new second title']);
    expect((await proposals('acme-frontend'))[0]!.status).toBe('accepted');
    expect(await versionSources('acme-frontend')).toEqual(['1:fork', '2:fork', '3:fork']);
    const again = await accept(open!.id, accepted.json<ForkPublished>().fork.etag);
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().errors[0]!.pointer).toBe('/status');
  });

  it('when upstream publishes twice, then the older proposal is superseded; a bad adjusted overlay is refused and the newer one declined leaves the fork where it was', async () => {
    const made = await fork('devops-engineer', 'acme-devops');
    const [first] = stepsOf(await roadmap('devops-engineer')).map((step) => step.id);
    await publishUpstream('devops-engineer', { [first!]: 'Once' });
    const newest = await publishUpstream('devops-engineer', { [first!]: 'Twice' });

    const [latest, older] = await proposals('acme-devops');
    expect([latest!.status, latest!.toVersion, older!.status]).toEqual(['open', newest, 'superseded']);

    const badAdjustment = await accept(latest!.id, made.etag, { overlay: { hide: ['no-such-step'] } });
    expect(badAdjustment.statusCode).toBe(400);
    expect(badAdjustment.json<Problem>().errors[0]!.pointer).toBe('/overlay/hide/0');
    const stale = await accept(latest!.id, '"fork-acme-devops-0"');
    expect(stale.statusCode).toBe(412);
    expect((await proposals('acme-devops'))[0]!.status).toBe('open');

    const declined = await call('POST', `/v1/fork-proposals/${latest!.id}/decline`, { token: editor });

    expect(declined.statusCode).toBe(200);
    expect(declined.json<{ status: string }>().status).toBe('declined');
    expect(await readFork('acme-devops')).toMatchObject({ upstream: { version: made.upstream.version }, revision: 1 });
    expect(stepsOf(await roadmap('acme-devops'))[0]!.title).not.toBe('Twice');
    const declinedAgain = await call('POST', `/v1/fork-proposals/${latest!.id}/decline`, { token: editor });
    expect(declinedAgain.statusCode).toBe(409);
    const missing = await call('GET', '/v1/fork-proposals/00000000-0000-4000-8000-000000000000', { token: editor });
    expect(missing.statusCode).toBe(404);
  });
});

describe('a proposal from a content import', () => {
  it('when the content files give the upstream a new version, then the import proposes it to the fork (which the import leaves alone), and accepting takes in the new steps', async () => {
    const own = await createTestApp();
    const content = await copyFixtureContent();
    try {
      const ownEditor = (await signUp(own, { role: 'editor' })).accessToken;
      const client = forksClient(
        () => own,
        () => ownEditor,
      );
      await own.container.contentService.importFrom(content.dir);
      const made = await client.fork('alpha', 'alpha-fork');
      const changed = await client.changeOverlay(made, {
        rename: [{ step: 'a-one', title: 'Our one' }],
        notes: [{ step: 'a-two', note: 'Ask us about queues.' }],
      });
      expect(changed.statusCode, changed.body).toBe(200);

      await reworkAlpha(content);
      await own.container.contentService.importFrom(content.dir);

      expect((await own.app.inject('/v1/roadmaps/alpha-fork')).statusCode).toBe(200);
      const [open] = await client.proposals('alpha-fork');
      expect(open).toMatchObject({ fromVersion: 1, toVersion: 2, status: 'open' });
      const read = await client.proposal(open!.id);
      expect(read.touches.map((touch) => touch.pointer)).toEqual(['/overlay/rename/0', '/overlay/notes/0']);
      const accepted = await client.accept(open!.id, read.forkEtag);
      expect(accepted.statusCode, accepted.body).toBe(200);
      const learnersSee = await client.roadmap('alpha-fork');
      expect(learnersSee.tiers.map((tier) => tier.steps.map((step) => step.id))).toEqual([
        ['a-one', 'a-three'],
        ['a-two'],
      ]);
      expect(stepsOf(learnersSee)[0]!.title).toBe('Our one');
      expect(stepsOf(learnersSee).find((step) => step.id === 'a-two')!.body).toContain('Ask us about queues.');
    } finally {
      await own.close();
      await content.cleanup();
    }
  });
});
