import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepStatus } from '../../src/lib/enums.ts';
import type { Analytics } from '../../src/modules/feedback/feedback.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { createLogger } from '../../src/infra/logger.ts';
import { startFeedbackWorkers } from '../../src/modules/feedback/feedback.jobs.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

// A hand-built fixture: six learners on the Backend roadmap, their follows, step statuses and status changes at
// chosen times, and votes on three sections. The right answers below are worked out by hand from it.
let t: TestApp;
let s1: string, s2: string, s3: string, s4: string;
const ROADMAP = 'backend-developer';
const learners = {
  A: randomUUID(),
  B: randomUUID(),
  C: randomUUID(),
  D: randomUUID(),
  E: randomUUID(),
  F: randomUUID(),
};
type Learner = keyof typeof learners;

const at = (iso: string) => new Date(iso);
const HOUR = 3600;

const seedFixture = async () => {
  const db = t.database.db;
  await db
    .insertInto('users')
    .values(
      Object.entries(learners).map(([name, id]) => ({
        id,
        email: `fixture-${name.toLowerCase()}@example.org`,
        displayName: name,
        passwordHash: 'not-a-login',
      })),
    )
    .execute();
  // Five follow (D stopped since; following once still counts); E never followed.
  await db
    .insertInto('roadmapFollows')
    .values(
      (['A', 'B', 'C', 'D', 'F'] as const).map((name) => ({
        userId: learners[name],
        roadmapSlug: ROADMAP,
        hoursPerWeek: 10,
        startDate: '2026-11-01',
        ...(name === 'D' ? { stoppedAt: at('2026-11-20T00:00:00Z') } : {}),
      })),
    )
    .execute();
  const status: [Learner, string, StepStatus][] = [
    ['A', s1, 'done'],
    ['B', s1, 'done'],
    ['C', s1, 'in_progress'],
    ['D', s1, 'todo'],
    ['E', s1, 'skipped'],
    ['F', s1, 'done'],
    ['A', s2, 'done'],
    ['B', s2, 'in_progress'],
    ['A', s3, 'in_progress'],
  ];
  await db
    .insertInto('stepProgress')
    .values(
      status.map(([name, step, state]) => ({
        userId: learners[name],
        roadmapSlug: ROADMAP,
        stepId: step,
        status: state,
      })),
    )
    .execute();
  // Status changes, in weeks starting Monday 2 and Monday 9 November 2026.
  const events: [Learner, string, string, string][] = [
    ['A', s1, 'in_progress', '2026-11-03T09:00:00Z'],
    ['A', s1, 'done', '2026-11-03T11:00:00Z'], // A: 2 h
    ['B', s1, 'in_progress', '2026-11-03T09:00:00Z'],
    ['B', s1, 'in_progress', '2026-11-03T10:00:00Z'], // a second "in progress" does not restart the clock
    ['B', s1, 'done', '2026-11-03T13:00:00Z'], // B: 4 h
    ['B', s1, 'done', '2026-11-03T19:00:00Z'], // the first "done" counts
    ['F', s1, 'in_progress', '2026-11-04T09:00:00Z'],
    ['F', s1, 'done', '2026-11-04T15:00:00Z'], // F: 6 h
    ['C', s1, 'in_progress', '2026-11-03T10:00:00Z'], // never finished: not timed
    ['D', s1, 'done', '2026-11-03T09:00:00Z'], // done before ever in progress …
    ['D', s1, 'in_progress', '2026-11-03T14:00:00Z'], // … and no "done" after: not timed
    ['A', s2, 'in_progress', '2026-11-10T09:00:00Z'],
    ['A', s2, 'done', '2026-11-10T10:00:00Z'], // A: 1 h
    ['B', s2, 'in_progress', '2026-11-10T10:00:00Z'],
    ['B', s2, 'done', '2026-11-10T13:00:00Z'], // B: 3 h
    ['A', s3, 'in_progress', '2026-11-11T09:00:00Z'],
  ];
  await db
    .insertInto('progressEvents')
    .values(
      events.map(([name, step, detail, time]) => ({
        userId: learners[name],
        roadmapSlug: ROADMAP,
        kind: 'step_status' as const,
        subjectId: step,
        detail,
        occurredAt: at(time),
      })),
    )
    .execute();
  await db
    .insertInto('progressEvents')
    .values({
      userId: learners.E,
      roadmapSlug: ROADMAP,
      kind: 'checklist',
      subjectId: 'anything',
      detail: 'partly',
      occurredAt: at('2026-11-12T09:00:00Z'),
    })
    .execute();
  await addVotes(`step:${s1}`, 3, 0);
  await addVotes(`step:${s2}`, 290, 10);
  await addVotes('faq:which-language', 1, 1);
};

const addVotes = async (target: string, helpful: number, notHelpful: number) => {
  await t.database.db
    .insertInto('feedbackVotes')
    .values(
      Array.from({ length: helpful + notHelpful }, (_, i) => ({
        roadmapSlug: ROADMAP,
        target,
        visitorId: randomUUID(),
        helpful: i < helpful,
        reasons: [],
        ipHash: 'fixture',
      })),
    )
    .execute();
};

const read = (token: string | undefined, path = `/v1/roadmaps/${ROADMAP}/analytics`) =>
  t.app.inject({ url: path, ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }) });

let editor: string;
beforeAll(async () => {
  t = await createTestApp();
  const roadmap = (await t.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<RoadmapDocument>();
  [s1, s2, s3, s4] = roadmap.tiers.flatMap((tier) => tier.steps).map((step) => step.id) as [
    string,
    string,
    string,
    string,
  ];
  expect(roadmap.faq.map((entry) => entry.id)).toContain('which-language');
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  await seedFixture();
  await t.container.analyticsService.rollUp();
});
afterAll(() => t.close());

describe('analytics for editors', () => {
  it('when an editor reads them, then helpfulness is ranked by the Wilson lower bound worked out by hand', async () => {
    const analytics = (await read(editor)).json<Analytics>();

    // 290/300 → 0.9397; 3/3 → 0.4385; 1/2 → 0.0945 (see test/unit/wilson.test.ts for the arithmetic)
    expect(analytics.helpfulness.map(({ target, helpful, notHelpful }) => [target, helpful, notHelpful])).toEqual([
      [`step:${s2}`, 290, 10],
      [`step:${s1}`, 3, 0],
      ['faq:which-language', 1, 1],
    ]);
    expect(analytics.helpfulness[0]!.wilsonLowerBound).toBeCloseTo(0.9397, 4);
    expect(analytics.helpfulness[1]!.wilsonLowerBound).toBeCloseTo(0.4385, 4);
    expect(analytics.helpfulness[2]!.wilsonLowerBound).toBeCloseTo(0.0945, 4);
  });

  it('when an editor reads them, then the funnel counts followers, starts, finishes and drop-offs', async () => {
    const { funnel } = (await read(editor)).json<Analytics>();

    expect(funnel.followers).toBe(5);
    expect(funnel.steps.slice(0, 4)).toEqual([
      // started: A, B, C, F (D only "todo", E skipped); finished: A, B, F; 5 followers − 4 started
      { stepId: s1, number: 1, started: 4, finished: 3, dropOffBefore: 1, dropOffWithin: 1 },
      // started: A, B; finished: A; 3 finished step 1 − 2 started
      { stepId: s2, number: 2, started: 2, finished: 1, dropOffBefore: 1, dropOffWithin: 1 },
      { stepId: s3, number: 3, started: 1, finished: 0, dropOffBefore: 0, dropOffWithin: 1 },
      { stepId: s4, number: 4, started: 0, finished: 0, dropOffBefore: 0, dropOffWithin: 0 },
    ]);
    expect(funnel.steps).toHaveLength(15);
  });

  it('when an editor reads them, then active learners per week and median step times match the fixture', async () => {
    const analytics = (await read(editor)).json<Analytics>();

    // Week of 2 Nov: A, B, C, D, F. Week of 9 Nov: A, B and E (a checklist change).
    expect(analytics.activeLearners).toEqual([
      { week: '2026-11-02', learners: 5 },
      { week: '2026-11-09', learners: 3 },
    ]);
    // Step 1: A 2 h, B 4 h, F 6 h → median 4 h. Step 2: A 1 h, B 3 h → mean of the middle two, 2 h. Step 3: none.
    expect(analytics.stepTime.sort((a, b) => a.stepId.localeCompare(b.stepId))).toEqual(
      [
        { stepId: s1, learners: 3, medianSeconds: 4 * HOUR },
        { stepId: s2, learners: 2, medianSeconds: 2 * HOUR },
      ].sort((a, b) => a.stepId.localeCompare(b.stepId)),
    );
    expect(analytics.computedAt).not.toBeNull();
  });

  it('when raw votes arrive after the rollup, then the figures change only when the rollup runs again', async () => {
    await addVotes('faq:which-language', 0, 8);
    const before = (await read(editor)).json<Analytics>();

    await t.container.analyticsService.rollUp();
    const after = (await read(editor)).json<Analytics>();

    expect(before.helpfulness.find((row) => row.target === 'faq:which-language')).toMatchObject({ notHelpful: 1 });
    expect(after.helpfulness.find((row) => row.target === 'faq:which-language')).toMatchObject({
      helpful: 1,
      notHelpful: 9,
    });
    // Weeks before the last rollup's week are final: a second rollup leaves them as they were.
    expect(after.activeLearners).toEqual(before.activeLearners);
  });

  it('when an editor asks for CSV, then every figure is one row of metric, subject and value', async () => {
    const response = await read(editor, `/v1/roadmaps/${ROADMAP}/analytics.csv`);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('metric,subject,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        `followers,${ROADMAP},5`,
        `helpful_votes,step:${s2},290`,
        `wilson_lower_bound,step:${s1},0.438503`,
        `started,step:${s1},4`,
        `drop_off_before,step:${s2},1`,
        'active_learners,2026-11-02,5',
        `median_seconds,step:${s1},14400`,
      ]),
    );
  });

  it('when anyone but an editor or admin asks, then anonymous callers get 401 and learners 403', async () => {
    const learner = (await signUp(t, { role: 'learner' })).accessToken;
    const mentor = (await signUp(t, { role: 'mentor' })).accessToken;
    const admin = (await signUp(t, { role: 'admin' })).accessToken;

    for (const path of [`/v1/roadmaps/${ROADMAP}/analytics`, `/v1/roadmaps/${ROADMAP}/analytics.csv`]) {
      expect((await read(undefined, path)).statusCode).toBe(401);
      expect((await read(learner, path)).statusCode).toBe(403);
      expect((await read(mentor, path)).statusCode).toBe(403);
      expect((await read(admin, path)).statusCode).toBe(200);
    }
    expect((await read(editor, '/v1/roadmaps/underwater-basketry/analytics')).statusCode).toBe(404);
  });

  it('when the rollup job is queued, then a worker runs it and the figures are recomputed', async () => {
    await startFeedbackWorkers(t.jobs, t.container.analyticsService, createLogger({ logLevel: 'silent' }));
    const before = (await read(editor)).json<Analytics>().computedAt;

    await t.jobs.send('feedback.rollup', {});
    let after = before;
    for (let i = 0; i < 100 && after === before; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = (await read(editor)).json<Analytics>().computedAt;
    }

    expect(after).not.toBe(before);
    expect(Date.parse(after!)).toBeGreaterThan(Date.parse(before!));
  });
});
