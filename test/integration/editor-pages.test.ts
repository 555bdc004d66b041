// What the editors' and admins' pages read: the audit log and the moderation inbox name people and things (with
// links) instead of ids, the inbox counts comments per state, and the analytics say when they were computed and can
// be recomputed on request.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import type { AuditPage } from '../../src/modules/audit/audit.schemas.ts';
import { startFeedbackWorkers } from '../../src/modules/feedback/feedback.jobs.ts';
import type { Analytics, Comment, CommentCounts } from '../../src/modules/feedback/feedback.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import type { Static } from 'typebox';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let roadmap: RoadmapDocument;
let admin: SignedUp, editor: SignedUp, learner: SignedUp;
let hubEntry: { id: string; title: string };
const ROADMAP = 'backend-developer';

const as = (user: SignedUp | undefined, method: 'GET' | 'POST', url: string) =>
  t.app.inject({
    method,
    url,
    ...(user === undefined ? {} : { headers: { authorization: `Bearer ${user.accessToken}` } }),
  });

let addresses = 0;
/** A reader's comment, from an address of its own; returns the comment as editors see it. */
const comment = async (target: string) => {
  addresses += 1;
  const body = `A note about ${target}, number ${addresses}: ${randomUUID()}`;
  const sent = await t.app.inject({
    method: 'POST',
    url: '/v1/feedback',
    payload: { roadmap: ROADMAP, target, helpful: false, comment: body },
    remoteAddress: `198.51.100.${addresses}`,
  });
  expect(sent.statusCode).toBe(200);
  const page = (await as(editor, 'GET', `/v1/feedback/comments?roadmap=${ROADMAP}&limit=100`)).json<{
    items: Comment[];
  }>();
  return page.items.find((item) => item.body === body)!;
};
const hide = (id: string) => as(editor, 'POST', `/v1/feedback/comments/${id}/hide`);
const auditLog = async (query: string) =>
  (await as(admin, 'GET', `/v1/admin/audit-log?${query}`)).json<Static<typeof AuditPage>>().items;

beforeAll(async () => {
  t = await createTestApp();
  roadmap = (await t.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<RoadmapDocument>();
  admin = await signUp(t, { role: 'admin', displayName: 'Ada Admin' });
  editor = await signUp(t, { role: 'editor', displayName: 'Edna Editor' });
  learner = await signUp(t, { displayName: 'Lee Learner' });
  const entries = (await t.app.inject(`/v1/hub?roadmap=${ROADMAP}&limit=1`)).json<{
    items: { id: string; title: string }[];
  }>();
  hubEntry = entries.items[0]!;
});
afterAll(() => t.close());

const steps = () => roadmap.tiers.flatMap((tier) => tier.steps);

describe('the audit log names people and things', () => {
  it('when an editor hides comments on a step, a section and a hub entry, then each entry names the editor and links what the comment was about', async () => {
    const step = steps()[0]!;
    for (const target of [`step:${step.id}`, 'section:history', `hub:${hubEntry.id}`]) {
      expect((await hide((await comment(target)).id)).statusCode).toBe(200);
    }

    const entries = await auditLog(`action=feedback.comment_hidden&actorId=${editor.id}`);

    expect(entries.map((entry) => entry.actor)).toEqual(
      Array(3).fill({ id: editor.id, name: 'Edna Editor', email: editor.email, removed: false }),
    );
    const roadmapName = { title: roadmap.title, href: `/roadmaps/${ROADMAP}`, removed: false };
    expect(entries.map((entry) => entry.subject)).toEqual([
      { kind: 'hub', title: hubEntry.title, href: `/hub/${hubEntry.id}`, removed: false, roadmap: roadmapName },
      {
        kind: 'section',
        title: 'A short history',
        href: `/roadmaps/${ROADMAP}#history`,
        removed: false,
        roadmap: roadmapName,
      },
      {
        kind: 'step',
        title: step.title,
        href: `/roadmaps/${ROADMAP}/steps/${step.id}`,
        removed: false,
        roadmap: roadmapName,
      },
    ]);
  });

  it('when the step a comment was about is removed, then its entry says "a removed step" and links nowhere', async () => {
    const step = steps()[1]!;
    const { id } = await comment(`step:${step.id}`);
    await hide(id);
    await t.database.db.updateTable('roadmapSteps').set({ archivedAt: new Date() }).where('id', '=', step.id).execute();
    try {
      const [entry] = await auditLog(`action=feedback.comment_hidden&subjectId=${id}`);

      expect(entry!.subject).toMatchObject({ kind: 'step', title: 'a removed step', href: null, removed: true });
    } finally {
      await t.database.db.updateTable('roadmapSteps').set({ archivedAt: null }).where('id', '=', step.id).execute();
    }
  });

  it('when an entry is about an account, then it names the account, and a deleted account as removed', async () => {
    const leaving = await signUp(t, { displayName: 'Gone Soon' });
    const [roleChange] = await auditLog(`action=user.role_changed&subjectId=${editor.id}`);
    await t.database.db.deleteFrom('users').where('id', '=', leaving.id).execute();
    const [login] = await auditLog(`action=auth.login_succeeded&actorId=${leaving.id}`);

    expect(roleChange!.subject).toEqual({
      kind: 'account',
      title: 'Edna Editor',
      href: null,
      removed: false,
      roadmap: null,
    });
    expect(roleChange!.actor).toBeNull();
    expect(login!.actor).toEqual({ id: leaving.id, name: 'a removed account', email: null, removed: true });
    expect(login!.subject).toMatchObject({ kind: 'account', title: 'a removed account', removed: true });
  });
});

describe('moderation names things and counts them', () => {
  it('when an editor lists comments, then each names what it is about, its roadmap and who moderated it', async () => {
    const step = steps()[2]!;
    const { id } = await comment(`step:${step.id}`);
    const hidden = (await hide(id)).json<Comment>();

    expect(hidden.about).toEqual({
      kind: 'step',
      title: step.title,
      href: `/roadmaps/${ROADMAP}/steps/${step.id}`,
      removed: false,
      roadmap: { title: roadmap.title, href: `/roadmaps/${ROADMAP}`, removed: false },
    });
    expect(hidden.moderatedBy).toBe('Edna Editor');
    const listed = (await as(editor, 'GET', '/v1/feedback/comments?state=hidden&limit=100')).json<{
      items: Comment[];
    }>();
    expect(listed.items.find((item) => item.id === id)).toEqual(hidden);
  });

  it('when a comment changes state, then the counts per state follow it', async () => {
    const counts = async () =>
      (await as(editor, 'GET', `/v1/feedback/comments/counts?roadmap=${ROADMAP}`)).json<CommentCounts>();
    const { id } = await comment('section:faq');
    const before = await counts();
    const stored = await t.database.db
      .selectFrom('feedbackComments')
      .select('state')
      .where('roadmapSlug', '=', ROADMAP)
      .execute();

    expect(before.all).toBe(stored.length);
    expect(before.new).toBe(stored.filter((row) => row.state === 'new').length);
    expect(before.hidden).toBe(stored.filter((row) => row.state === 'hidden').length);
    expect((await as(editor, 'POST', `/v1/feedback/comments/${id}/approve`)).statusCode).toBe(200);
    const after = await counts();
    expect(after).toEqual({ ...before, new: before.new - 1, approved: before.approved + 1 });
  });

  it('when anyone but an editor asks for the counts, then anonymous callers get 401 and learners 403', async () => {
    expect((await as(undefined, 'GET', '/v1/feedback/comments/counts')).statusCode).toBe(401);
    expect((await as(learner, 'GET', '/v1/feedback/comments/counts')).statusCode).toBe(403);
    expect((await as(editor, 'GET', '/v1/feedback/comments/counts?roadmap=Not A Slug')).statusCode).toBe(400);
  });
});

describe('analytics: when they were computed, and recomputing now', () => {
  const read = async () => (await as(editor, 'GET', `/v1/roadmaps/${ROADMAP}/analytics`)).json<Analytics>();

  it('when votes on a hub entry are rolled up, then editors see the entry by its title, with when the figures were computed', async () => {
    await comment(`hub:${hubEntry.id}`);
    await t.container.analyticsService.rollUp();

    const analytics = await read();

    expect(Date.parse(analytics.computedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(analytics.recomputing).toBe(false);
    expect(analytics.helpfulness.find((row) => row.target === `hub:${hubEntry.id}`)?.about).toMatchObject({
      kind: 'hub',
      title: hubEntry.title,
      href: `/hub/${hubEntry.id}`,
    });
  });

  it('when anyone but an editor asks for a recomputation, then anonymous callers get 401 and learners 403', async () => {
    expect((await as(undefined, 'POST', '/v1/analytics/recompute')).statusCode).toBe(401);
    expect((await as(learner, 'POST', '/v1/analytics/recompute')).statusCode).toBe(403);
  });

  it('when an editor asks twice, then one rollup is queued and audited, the figures say so, and a worker brings a new time', async () => {
    const before = (await read()).computedAt!;

    const first = await as(editor, 'POST', '/v1/analytics/recompute');
    const second = await as(editor, 'POST', '/v1/analytics/recompute');

    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ queued: true, alreadyQueued: false });
    expect(second.statusCode).toBe(202);
    expect(second.json()).toEqual({ queued: true, alreadyQueued: true });
    expect(await t.jobs.queued('feedback.rollup')).toBe(1);
    expect((await read()).recomputing).toBe(true);
    const audited = await auditLog('action=analytics.recompute_requested');
    expect(audited.map((entry) => entry.actor?.name)).toEqual(['Edna Editor']);

    await startFeedbackWorkers(t.jobs, t.container.analyticsService, createLogger({ logLevel: 'silent' }));
    await expect.poll(async () => (await read()).computedAt, { timeout: 15_000, interval: 200 }).not.toBe(before);
    expect((await read()).recomputing).toBe(false);
  });
});
