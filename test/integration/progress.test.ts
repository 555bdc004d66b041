import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let roadmap: RoadmapDocument;
beforeAll(async () => {
  t = await createTestApp();
  roadmap = (await t.app.inject('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();
});
afterAll(() => t.close());

const BASE = '/v1/me/roadmaps/backend-developer';
const call = (token: string, method: 'GET' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

const steps = () => roadmap.tiers.flatMap((tier) => tier.steps);
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
type Plan = {
  startDate: string;
  finishOn: string;
  tracking: {
    percentDone: number;
    projectedFinishOn: string | null;
    projection: { state: string; finishOn: string | null; measurableOn: string | null };
  };
};

describe('following a roadmap', () => {
  it('when a field breaks a schema rule, then its error carries the rule and its bound beside the message', async () => {
    const token = (await signUp(t)).accessToken;

    const tooMany = await call(token, 'PUT', BASE, { hoursPerWeek: 81, startDate: '2026-12-01' });
    const notADate = await call(token, 'PUT', BASE, { hoursPerWeek: 10, startDate: 'soon' });

    expect(tooMany.json()).toMatchObject({
      errors: [{ in: 'body', pointer: '/hoursPerWeek', code: 'maximum', limit: 80, detail: 'must be <= 80' }],
    });
    expect(notADate.json()).toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({ pointer: '/startDate', code: 'format', format: 'date' }),
      ]) as unknown,
    });
  });

  it('when a learner follows twice, stops, and follows again, then there is one record that remembers it all', async () => {
    const token = (await signUp(t)).accessToken;

    const first = await call(token, 'PUT', BASE, { hoursPerWeek: 15, startDate: '2026-12-01' });
    await call(token, 'PUT', BASE, { hoursPerWeek: 15, startDate: '2026-12-01' });
    const stopped = await call(token, 'DELETE', BASE);
    const listedStopped = await call(token, 'GET', '/v1/me/roadmaps');
    const resumed = await call(token, 'PUT', BASE, { hoursPerWeek: 7.5, startDate: '2027-01-15' });

    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      roadmap: { slug: 'backend-developer' },
      hoursPerWeek: 15,
      startDate: '2026-12-01',
      following: true,
    });
    expect(stopped.statusCode).toBe(204);
    expect(listedStopped.json()).toMatchObject({ items: [{ following: false }] });
    expect(resumed.json()).toMatchObject({ hoursPerWeek: 7.5, startDate: '2027-01-15', following: true });
    expect((await call(token, 'GET', '/v1/me/roadmaps')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it.each([
    [{ hoursPerWeek: 0, startDate: '2026-12-01' }, '/hoursPerWeek'],
    [{ hoursPerWeek: 81, startDate: '2026-12-01' }, '/hoursPerWeek'],
    [{ hoursPerWeek: 'ten', startDate: '2026-12-01' }, '/hoursPerWeek'],
    [{ hoursPerWeek: 10, startDate: 'next monday' }, '/startDate'],
    [{ hoursPerWeek: 10, startDate: '2026-02-30' }, '/startDate'],
    [{ hoursPerWeek: 10, startDate: '2026-12-01', userId: 'someone-else' }, '/userId'],
  ])('when the body is %j, then a 400 names %s', async (payload, pointer) => {
    const token = (await signUp(t)).accessToken;

    const response = await call(token, 'PUT', BASE, payload);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ pointer })]) as unknown,
    });
  });

  it('when the roadmap does not exist, then following it is a 404', async () => {
    const token = (await signUp(t)).accessToken;

    expect(
      (await call(token, 'PUT', '/v1/me/roadmaps/underwater-basketry', { hoursPerWeek: 5, startDate: '2026-12-01' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('step progress, notes and the checklist', () => {
  it('when a step is marked, then the progress shows it; unknown steps and statuses are refused', async () => {
    const token = (await signUp(t)).accessToken;
    const step = steps()[0]!;

    const marked = await call(token, 'PUT', `${BASE}/steps/${step.id}`, { status: 'in_progress' });
    const unknown = await call(token, 'PUT', `${BASE}/steps/time-travel`, { status: 'done' });
    const badStatus = await call(token, 'PUT', `${BASE}/steps/${step.id}`, { status: 'finished' });

    expect(marked.json()).toMatchObject({ stepId: step.id, status: 'in_progress' });
    expect(unknown.statusCode).toBe(404);
    expect(badStatus.statusCode).toBe(400);
    const progress = (await call(token, 'GET', `${BASE}/progress`)).json<Progress>();
    expect(progress.steps).toEqual([expect.objectContaining({ stepId: step.id, status: 'in_progress' })]);
  });

  it('when several writes to one step race, then one row remains with one of the written statuses', async () => {
    const token = (await signUp(t)).accessToken;
    const step = steps()[1]!;
    const statuses = ['todo', 'in_progress', 'done', 'skipped', 'done'] as const;

    await Promise.all(statuses.map((status) => call(token, 'PUT', `${BASE}/steps/${step.id}`, { status })));

    const rows = await t.database.db
      .selectFrom('stepProgress')
      .select('status')
      .where('stepId', '=', step.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(statuses).toContain(rows[0]!.status);
  });

  it('when a learner writes a note, then only they can read it back; over 10,000 characters is refused', async () => {
    const token = (await signUp(t)).accessToken;
    const other = (await signUp(t)).accessToken;
    const step = steps()[2]!;

    await call(token, 'PUT', `${BASE}/steps/${step.id}/note`, { body: 'Remember: **indexes** first.' });
    const mine = await call(token, 'GET', `${BASE}/steps/${step.id}/note`);
    const theirs = await call(other, 'GET', `${BASE}/steps/${step.id}/note`);
    const tooLong = await call(token, 'PUT', `${BASE}/steps/${step.id}/note`, { body: 'x'.repeat(10_001) });

    expect(mine.json()).toMatchObject({ body: 'Remember: **indexes** first.' });
    expect(theirs.statusCode).toBe(404);
    expect(tooLong.statusCode).toBe(400);
  });

  it('when checklist items are assessed, then readiness counts confident as 1 and partly as ½', async () => {
    const token = (await signUp(t)).accessToken;
    const [first, second] = roadmap.checklist;

    await call(token, 'PUT', `${BASE}/checklist/${first!.id}`, { level: 'confident' });
    await call(token, 'PUT', `${BASE}/checklist/${second!.id}`, { level: 'partly' });
    const unknown = await call(token, 'PUT', `${BASE}/checklist/juggling`, { level: 'confident' });
    const badLevel = await call(token, 'PUT', `${BASE}/checklist/${first!.id}`, { level: 'expert' });

    expect(unknown.statusCode).toBe(404);
    expect(badLevel.statusCode).toBe(400);
    const progress = (await call(token, 'GET', `${BASE}/progress`)).json<Progress>();
    expect(progress.checklist).toEqual({
      items: roadmap.checklist.length,
      counts: { not_yet: 0, partly: 1, confident: 1 },
      readiness: Math.round((1.5 / roadmap.checklist.length) * 1000) / 10,
    });
  });
});

describe('rollups', () => {
  it('when the whole first tier is done and one step skipped, then percentages and hours follow the estimates', async () => {
    const token = (await signUp(t)).accessToken;
    const [foundation, core] = roadmap.tiers;
    for (const step of foundation!.steps) await call(token, 'PUT', `${BASE}/steps/${step.id}`, { status: 'done' });
    const skipped = core!.steps[0]!;
    await call(token, 'PUT', `${BASE}/steps/${skipped.id}`, { status: 'skipped' });

    const progress = (await call(token, 'GET', `${BASE}/progress`)).json<Progress>();

    const done = foundation!.steps.reduce((sum, step) => sum + step.estimatedHours, 0);
    const total = steps().reduce((sum, step) => sum + step.estimatedHours, 0);
    const left = total - done - skipped.estimatedHours;
    expect(progress.overall).toEqual({
      steps: 15,
      counts: { todo: 11, in_progress: 0, done: 3, skipped: 1 },
      percent: Math.round((done / (done + left)) * 1000) / 10,
      hoursDone: done,
      hoursLeft: left,
    });
    expect(progress.tiers[0]).toMatchObject({ id: foundation!.id, percent: 100, hoursLeft: 0 });
    expect(progress.tiers[1]!.counts).toEqual({ todo: 3, in_progress: 0, done: 0, skipped: 1 });
  });

  it('when choosing the next step, then it is in the earliest unfinished tier, preferring the best-ranked priority', async () => {
    const token = (await signUp(t)).accessToken;
    const [foundation, core] = roadmap.tiers;
    for (const step of foundation!.steps) await call(token, 'PUT', `${BASE}/steps/${step.id}`, { status: 'done' });

    const progress = (await call(token, 'GET', `${BASE}/progress`)).json<Progress>();

    const rankOf = (stepId: string) =>
      Math.min(...roadmap.priorities.filter((p) => p.steps?.includes(stepId)).map((p) => p.rank), Infinity);
    const expected = [...core!.steps].sort((a, b) => rankOf(a.id) - rankOf(b.id) || a.number - b.number)[0]!;
    expect(progress.nextStep).toEqual({ id: expected.id, title: expected.title, tierId: core!.id });
  });

  it('when a learner has no progress, then the next step is the first one and nothing is done', async () => {
    const token = (await signUp(t)).accessToken;

    const progress = (await call(token, 'GET', `${BASE}/progress`)).json<Progress>();

    expect(progress.overall).toMatchObject({ percent: 0, hoursDone: 0 });
    expect(progress.nextStep?.tierId).toBe(roadmap.tiers[0]!.id);
  });

  it('when progress exists on a step the roadmap no longer has, then it is kept as archived and not counted', async () => {
    const token = (await signUp(t)).accessToken;
    const userId = (await call(token, 'GET', '/v1/me')).json<{ id: string }>().id;
    await t.database.db
      .insertInto('stepProgress')
      .values({ userId, roadmapSlug: 'backend-developer', stepId: 'retired-step', status: 'done' })
      .execute();

    const progress = (await call(token, 'GET', `${BASE}/progress`)).json<Progress>();

    expect(progress.archived).toEqual([expect.objectContaining({ stepId: 'retired-step', status: 'done' })]);
    expect(progress.overall.counts.done).toBe(0);
  });

  it("when one learner reads their progress, then another learner's marks are not in it", async () => {
    const alice = (await signUp(t)).accessToken;
    const bob = (await signUp(t)).accessToken;
    await call(alice, 'PUT', `${BASE}/steps/${steps()[0]!.id}`, { status: 'done' });

    const bobs = (await call(bob, 'GET', `${BASE}/progress`)).json<Progress>();

    expect(bobs.steps).toEqual([]);
    expect(bobs.overall.counts.done).toBe(0);
  });
});

describe('plans', () => {
  it('when a visitor previews the plan at 17.5 hours a week, then it takes 8 months; at 8 hours, longer', async () => {
    const steady = await t.app.inject('/v1/roadmaps/backend-developer/plan?hoursPerWeek=17.5&startDate=2027-01-04');
    const slower = await t.app.inject('/v1/roadmaps/backend-developer/plan?hoursPerWeek=8&startDate=2027-01-04');

    expect(steady.statusCode).toBe(200);
    expect(steady.json()).toMatchObject({ months: 8, startDate: '2027-01-04', stages: expect.any(Array) as unknown });
    expect(steady.headers.etag).toBeDefined();
    const slow = slower.json<{ months: number; finishOn: string; stages: { startsOn: string }[] }>();
    expect(slow.months).toBeGreaterThan(14);
    expect(slow.finishOn > steady.json<{ finishOn: string }>().finishOn).toBe(true);
    expect(slow.stages[0]!.startsOn).toBe('2027-01-04');
  });

  it.each([
    'hoursPerWeek=0',
    'hoursPerWeek=81',
    'hoursPerWeek=-3',
    'hoursPerWeek=ten',
    'hoursPerWeek=5&startDate=2027-13-01',
    '',
  ])('when the preview query is "%s", then it is a 400', async (query) => {
    expect((await t.app.inject(`/v1/roadmaps/backend-developer/plan?${query}`)).statusCode).toBe(400);
  });

  it('when a learner does not follow the roadmap, then there is no personal plan', async () => {
    const token = (await signUp(t)).accessToken;

    expect((await call(token, 'GET', `${BASE}/plan`)).statusCode).toBe(404);
  });

  it('when a learner follows, then their plan uses their pace and says how they are doing', async () => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', BASE, { hoursPerWeek: 10, startDate: '2020-01-01' });

    const plan = await call(token, 'GET', `${BASE}/plan`);

    expect(plan.statusCode).toBe(200);
    expect(plan.json()).toMatchObject({
      hoursPerWeek: 10,
      startDate: '2020-01-01',
      tracking: {
        percentDone: 0,
        expectedPercent: 100,
        status: 'behind',
        projectedFinishOn: null,
        projection: { state: 'too_early', finishOn: null },
      },
    });
  });

  it('when a new learner brings in two done steps, then the finish is too early to tell, and after 20 days it is projected no sooner than the plan allows', async () => {
    const learner = await signUp(t);
    const today = new Date().toISOString().slice(0, 10);
    await call(learner.accessToken, 'PUT', BASE, { hoursPerWeek: 10, startDate: today });
    const [first, second] = steps();
    await t.app.inject({
      method: 'POST',
      url: '/v1/me/progress/import',
      headers: { authorization: `Bearer ${learner.accessToken}` },
      payload: {
        roadmaps: [
          {
            slug: 'backend-developer',
            steps: [
              { stepId: first!.id, status: 'done' },
              { stepId: second!.id, status: 'done' },
            ],
          },
        ],
      },
    });

    const early = (await call(learner.accessToken, 'GET', `${BASE}/plan`)).json<Plan>();
    // The learner's steps and plan, as if it all happened 20 days ago.
    const ago = sql<Date>`now() - interval '20 days'`;
    await t.database.db.updateTable('stepProgress').set({ updatedAt: ago }).where('userId', '=', learner.id).execute();
    await call(learner.accessToken, 'PUT', BASE, { hoursPerWeek: 10, startDate: daysFromToday(-20) });
    const later = (await call(learner.accessToken, 'GET', `${BASE}/plan`)).json<Plan>();

    expect(early.tracking.projectedFinishOn).toBeNull();
    expect(early.tracking.projection).toMatchObject({
      state: 'too_early',
      finishOn: null,
      measurableOn: daysFromToday(14),
    });
    expect(later.tracking.projection.state).toBe('projected');
    const planDays = (Date.parse(later.finishOn) - Date.parse(later.startDate)) / 86_400_000 + 1;
    const earliest = daysFromToday(Math.floor((1 - later.tracking.percentDone / 100) * planDays) - 1);
    expect(later.tracking.projection.finishOn! >= earliest).toBe(true);
    expect(later.tracking.projectedFinishOn).toBe(later.tracking.projection.finishOn);
  });

  it('when the learner downloads the .ics, then it is a calendar with one event per stage', async () => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', BASE, { hoursPerWeek: 12, startDate: '2027-02-01' });

    const response = await call(token, 'GET', `${BASE}/plan.ics`);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.headers['content-disposition']).toContain('backend-developer-plan.ics');
    expect(response.body.match(/BEGIN:VEVENT/g)).toHaveLength(roadmap.plan.months.length);
    expect(response.body).toContain('DTSTART;VALUE=DATE:20270201');
  });
});

describe('guest progress and export', () => {
  it('when a visitor signs up and imports what they tracked, then the further-along and the later win, twice the same', async () => {
    const token = (await signUp(t)).accessToken;
    const [first, second, third] = steps();
    await call(token, 'PUT', `${BASE}/steps/${first!.id}`, { status: 'done' });
    await call(token, 'PUT', `${BASE}/steps/${second!.id}/note`, { body: 'written after the guest note' });
    const guest = {
      roadmaps: [
        {
          slug: 'backend-developer',
          steps: [
            { stepId: first!.id, status: 'in_progress' },
            { stepId: third!.id, status: 'done' },
            { stepId: 'not-a-step', status: 'done' },
          ],
          notes: [
            { stepId: second!.id, body: 'old guest note', updatedAt: '2020-01-01T00:00:00.000Z' },
            { stepId: third!.id, body: 'guest note', updatedAt: '2026-11-01T10:00:00.000Z' },
          ],
          checklist: [{ itemId: roadmap.checklist[0]!.id, level: 'partly' }],
        },
        { slug: 'no-such-roadmap', steps: [{ stepId: 'x', status: 'done' }] },
      ],
    };

    const first_ = await t.app.inject({
      method: 'POST',
      url: '/v1/me/progress/import',
      payload: guest,
      headers: { authorization: `Bearer ${token}` },
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/v1/me/progress/import',
      payload: guest,
      headers: { authorization: `Bearer ${token}` },
    });

    expect(first_.json()).toEqual({
      applied: { steps: 1, notes: 1, checklist: 1 },
      ignored: [
        { roadmap: 'backend-developer', id: 'not-a-step', reason: 'no such step' },
        { roadmap: 'no-such-roadmap', id: 'no-such-roadmap', reason: 'no such roadmap' },
      ],
    });
    expect(again.json<{ applied: object }>().applied).toEqual({ steps: 0, notes: 0, checklist: 0 });
    const progress = (await call(token, 'GET', `${BASE}/progress`)).json<Progress>();
    const statusOf = (id: string) => progress.steps.find((step) => step.stepId === id)?.status;
    expect(statusOf(first!.id)).toBe('done');
    expect(statusOf(third!.id)).toBe('done');
    expect((await call(token, 'GET', `${BASE}/steps/${second!.id}/note`)).json()).toMatchObject({
      body: 'written after the guest note',
    });
    expect((await call(token, 'GET', `${BASE}/steps/${third!.id}/note`)).json()).toMatchObject({ body: 'guest note' });
  });

  it('when the guest data is malformed, then it is a 400 and nothing is imported', async () => {
    const token = (await signUp(t)).accessToken;

    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/me/progress/import',
      payload: { roadmaps: [{ slug: 'backend-developer', steps: [{ stepId: steps()[0]!.id, status: 'mastered' }] }] },
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.statusCode).toBe(400);
    expect((await call(token, 'GET', `${BASE}/progress`)).json<Progress>().steps).toEqual([]);
  });

  it('when a learner exports, then JSON has every roadmap they touched and CSV a row per step, safely quoted', async () => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', BASE, { hoursPerWeek: 10, startDate: '2027-01-01' });
    await call(token, 'PUT', `${BASE}/steps/${steps()[0]!.id}`, { status: 'done' });
    await call(token, 'PUT', `${BASE}/steps/${steps()[1]!.id}/note`, {
      body: '=HYPERLINK("evil"), with "quotes"\nand a line',
    });

    const json = await call(token, 'GET', '/v1/me/progress/export');
    const csv = await call(token, 'GET', '/v1/me/progress/export?format=csv');

    expect(json.headers['content-disposition']).toContain('waymark-progress.json');
    expect(json.json()).toMatchObject({
      roadmaps: [
        {
          slug: 'backend-developer',
          follow: { hoursPerWeek: 10 },
          steps: [{ stepId: steps()[0]!.id, status: 'done', title: steps()[0]!.title }],
        },
      ],
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('roadmap,step_id,step_title,status,status_updated_at,note');
    expect(csv.body).toContain(`"'=HYPERLINK(""evil""), with ""quotes""\nand a line"`);
    expect((await call(token, 'GET', '/v1/me/progress/export?format=xml')).statusCode).toBe(400);
  });

  it.each([
    ['  =HYPERLINK("http://evil.example")', `"'  =HYPERLINK(""http://evil.example"")"`],
    ['\t=cmd|"/c calc"!A1', `"'\t=cmd|""/c calc""!A1"`],
    ['\r@SUM(A1)', `"'\r@SUM(A1)"`],
    ['-2+3', `"'-2+3"`],
  ])('when a note is %j, then the CSV cell is neutralised for spreadsheets', async (note, cell) => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', BASE, { hoursPerWeek: 10, startDate: '2027-01-01' });
    await call(token, 'PUT', `${BASE}/steps/${steps()[0]!.id}/note`, { body: note });

    const csv = await call(token, 'GET', '/v1/me/progress/export?format=csv');

    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(`,${cell}\r\n`);
  });
});

describe('activity and streaks', () => {
  it('when a learner marks, notes and assesses, then the activity lists it newest first', async () => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', BASE, { hoursPerWeek: 10, startDate: '2027-01-01' });
    await call(token, 'PUT', `${BASE}/steps/${steps()[0]!.id}`, { status: 'done' });
    await call(token, 'PUT', `${BASE}/steps/${steps()[0]!.id}/note`, { body: 'done at last' });
    await call(token, 'PUT', `${BASE}/checklist/${roadmap.checklist[0]!.id}`, { level: 'partly' });

    const page = (await call(token, 'GET', '/v1/me/activity?limit=3')).json<{
      items: { kind: string; subjectId: string | null; detail: string | null }[];
      nextCursor: string;
    }>();
    const rest = (await call(token, 'GET', `/v1/me/activity?limit=3&cursor=${page.nextCursor}`)).json<{
      items: { kind: string }[];
    }>();

    expect(page.items.map((item) => item.kind)).toEqual(['checklist', 'note', 'step_status']);
    expect(page.items[2]).toMatchObject({ subjectId: steps()[0]!.id, detail: 'done' });
    expect(rest.items.map((item) => item.kind)).toEqual(['followed']);
  });

  it('when the same status is sent again (a replayed offline write), then it is logged once; a real change is logged', async () => {
    const token = (await signUp(t)).accessToken;
    await call(token, 'PUT', BASE, { hoursPerWeek: 10, startDate: '2027-01-01' });
    const url = `${BASE}/steps/${steps()[1]!.id}`;
    const answers = [
      await call(token, 'PUT', url, { status: 'in_progress' }),
      await call(token, 'PUT', url, { status: 'in_progress' }),
      await call(token, 'PUT', url, { status: 'done' }),
      await call(token, 'PUT', url, { status: 'done' }),
    ];

    const activity = (await call(token, 'GET', '/v1/me/activity?limit=10')).json<{
      items: { kind: string; detail: string | null }[];
    }>();
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
    expect(activity.items.filter((item) => item.kind === 'step_status').map((item) => item.detail)).toEqual([
      'done',
      'in_progress',
    ]);
  });

  it('when progress was made on the last three days of the learner’s time zone, then the streak is 3', async () => {
    const token = (await signUp(t)).accessToken;
    expect((await call(token, 'PATCH', '/v1/me', { timeZone: 'Pacific/Kiritimati' })).statusCode).toBe(200);
    const userId = (await call(token, 'GET', '/v1/me')).json<{ id: string }>().id;
    for (const daysAgo of [0, 1, 2, 5]) {
      await t.database.db
        .insertInto('progressEvents')
        .values({
          userId,
          roadmapSlug: 'backend-developer',
          kind: 'step_status',
          // Noon in the learner's zone, so the day boundary is never close.
          occurredAt: sql<Date>`((now() at time zone 'Pacific/Kiritimati')::date - ${daysAgo}::int + time '12:00') at time zone 'Pacific/Kiritimati'`,
        } as never)
        .execute();
    }

    const streak = (await call(token, 'GET', '/v1/me/streak')).json<{
      timeZone: string;
      current: number;
      longest: number;
    }>();

    expect(streak).toMatchObject({ timeZone: 'Pacific/Kiritimati', current: 3, longest: 3 });
  });

  it('when the time zone is not a real one, then the profile refuses it', async () => {
    const token = (await signUp(t)).accessToken;

    const response = await call(token, 'PATCH', '/v1/me', { timeZone: 'Mars/Olympus_Mons' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/timeZone' }] });
  });
});

describe('public profiles', () => {
  const verify = async (token: string) => {
    const userId = (await call(token, 'GET', '/v1/me')).json<{ id: string }>().id;
    await t.database.db.updateTable('users').set({ emailVerifiedAt: new Date() }).where('id', '=', userId).execute();
  };
  let handles = 0;
  const newHandle = () => `learner_${Date.now() % 100000}_${(handles += 1)}`;

  it('when a learner shares only their progress, then anyone sees that and nothing else', async () => {
    const token = (await signUp(t)).accessToken;
    await verify(token);
    await call(token, 'PUT', BASE, { hoursPerWeek: 10, startDate: '2027-01-01' });
    await call(token, 'PUT', `${BASE}/steps/${steps()[0]!.id}`, { status: 'done' });
    const handle = newHandle();
    await call(token, 'PUT', `${BASE}/steps/${steps()[0]!.id}/note`, { body: 'private thoughts' });

    const saved = await call(token, 'PUT', '/v1/me/public-profile', {
      enabled: true,
      handle,
      showProgress: true,
      showStreak: false,
      bio: 'Learning backend in the evenings.',
    });
    const profile = await t.app.inject(`/v1/profiles/${handle.toUpperCase()}`);

    expect(saved.statusCode).toBe(200);
    expect(profile.statusCode).toBe(200);
    const body = profile.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      handle,
      bio: 'Learning backend in the evenings.',
      roadmaps: [{ slug: 'backend-developer', stepsDone: 1, steps: 15 }],
    });
    expect(body).not.toHaveProperty('streak');
    expect(profile.body).not.toContain('private thoughts');
    expect(profile.body).not.toContain('@example.org');
  });

  it('when the profile is off, or the account unverified, then there is nothing to see', async () => {
    const token = (await signUp(t)).accessToken;
    const handle = newHandle();

    const unverified = await call(token, 'PUT', '/v1/me/public-profile', {
      enabled: true,
      handle,
      showProgress: true,
      showStreak: true,
    });
    await call(token, 'PUT', '/v1/me/public-profile', { enabled: false, handle, showProgress: true, showStreak: true });

    expect(unverified.statusCode).toBe(409);
    expect((await t.app.inject(`/v1/profiles/${handle}`)).statusCode).toBe(404);
  });

  it('when a handle is taken (in any case), then another learner cannot have it', async () => {
    const first = (await signUp(t)).accessToken;
    const second = (await signUp(t)).accessToken;
    await verify(first);
    await verify(second);
    const handle = newHandle();
    await call(first, 'PUT', '/v1/me/public-profile', {
      enabled: true,
      handle,
      showProgress: false,
      showStreak: false,
    });

    const clash = await call(second, 'PUT', '/v1/me/public-profile', {
      enabled: true,
      handle: handle.toUpperCase(),
      showProgress: false,
      showStreak: false,
    });
    const badHandle = await call(second, 'PUT', '/v1/me/public-profile', {
      enabled: true,
      handle: 'no spaces!',
      showProgress: false,
      showStreak: false,
    });

    expect(clash.statusCode).toBe(409);
    expect(badHandle.statusCode).toBe(400);
  });
});

describe('one learner never reaches another learner’s progress', () => {
  it('when Bob calls every progress route, then he sees and changes only his own records', async () => {
    const alice = (await signUp(t)).accessToken;
    const bob = (await signUp(t)).accessToken;
    const step = steps()[0]!.id;
    const item = roadmap.checklist[0]!.id;
    await call(alice, 'PUT', BASE, { hoursPerWeek: 12, startDate: '2027-01-01' });
    await call(alice, 'PUT', `${BASE}/steps/${step}`, { status: 'done' });
    await call(alice, 'PUT', `${BASE}/steps/${step}/note`, { body: 'alice only' });
    await call(alice, 'PUT', `${BASE}/checklist/${item}`, { level: 'confident' });
    const aliceBefore = (await call(alice, 'GET', '/v1/me/progress/export')).body;

    const reads = await Promise.all(
      [
        '/v1/me/roadmaps',
        `${BASE}/progress`,
        `${BASE}/plan`,
        `${BASE}/steps/${step}/note`,
        '/v1/me/activity',
        '/v1/me/streak',
        '/v1/me/progress/export',
        '/v1/me/progress/export?format=csv',
      ].map((url) => call(bob, 'GET', url)),
    );
    await call(bob, 'PUT', `${BASE}/steps/${step}`, { status: 'skipped' });
    await call(bob, 'PUT', `${BASE}/steps/${step}/note`, { body: 'bob only' });
    await call(bob, 'PUT', `${BASE}/checklist/${item}`, { level: 'not_yet' });
    await call(bob, 'DELETE', BASE);

    for (const response of reads) {
      expect(response.body).not.toContain('alice only');
      expect(response.body).not.toContain('"level":"confident"');
      expect(response.body).not.toContain('"status":"done"');
      expect(response.body).not.toContain('12 h/week');
    }
    const aliceNow = JSON.parse((await call(alice, 'GET', '/v1/me/progress/export')).body) as { exportedAt: string };
    expect({ ...aliceNow, exportedAt: null }).toEqual({ ...(JSON.parse(aliceBefore) as object), exportedAt: null });
  });
});
