// The mentors' first view of a cohort, through HTTP on a real database (both engines): each current member's
// progress on the cohort's roadmap against its schedule (ahead, on track, behind by how many days), who has not
// started, paging, and what a learner sees of what their mentors see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberProgress } from '../../src/modules/cohorts/cohorts.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { cohortsClient, ROADMAP } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let mentor: string;
let steps: { id: string; estimatedHours: number }[];
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  const roadmap = (await t.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<RoadmapDocument>();
  steps = roadmap.tiers.flatMap((tier) => tier.steps);
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call, createCohort, joinByCode, setStep } = client;

interface MemberPage {
  today: string;
  expectedPercent: number;
  items: MemberProgress[];
  nextCursor: string | null;
}
const members = async (cohortId: string, query = '') => {
  const response = await call('GET', `/v1/cohorts/${cohortId}/members${query}`, { token: mentor });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MemberPage>();
};
const totalHours = () => steps.reduce((sum, step) => sum + step.estimatedHours, 0);
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const todayUtc = () => new Date().toISOString().slice(0, 10);

describe('a cohort whose schedule has run its course', () => {
  it('when a member has done nothing, then they are behind by every day since the start, and not started', async () => {
    const learner = await signUp(t, { displayName: 'Ada' });
    const cohort = await createCohort(mentor, { startDate: '2020-01-06' });
    await joinByCode(mentor, cohort.id, learner.accessToken);

    const page = await members(cohort.id);

    expect(page.expectedPercent).toBe(100);
    expect(page.items).toEqual([
      expect.objectContaining({
        userId: learner.id,
        displayName: 'Ada',
        started: false,
        stepsDone: 0,
        steps: steps.length,
        hoursDone: 0,
        percentDone: 0,
        status: 'behind',
        daysBehind: daysBetween('2020-01-06', page.today),
        daysAhead: null,
        lastActivityAt: null,
      }),
    ]);
  });

  it('when a member has done some steps and skipped others, then hours count the way the roadmap counts them', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor, { startDate: '2020-01-06' });
    await joinByCode(mentor, cohort.id, learner.accessToken);
    const [done, skipped, inProgress] = steps;
    await setStep(learner.accessToken, done!.id, 'done');
    await setStep(learner.accessToken, skipped!.id, 'skipped');
    await setStep(learner.accessToken, inProgress!.id, 'in_progress');

    const [member] = (await members(cohort.id)).items;

    const counted = totalHours() - skipped!.estimatedHours;
    expect(member).toMatchObject({
      started: true,
      stepsDone: 1,
      hoursDone: done!.estimatedHours,
      percentDone: Math.round((done!.estimatedHours / counted) * 1000) / 10,
      status: 'behind',
    });
    expect(member!.lastActivityAt).not.toBeNull();
  });

  it('when a member is part of the way, then they are behind by the days since the schedule expected that', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor, { startDate: '2020-01-06' });
    await joinByCode(mentor, cohort.id, learner.accessToken);
    const firstTwo = steps.slice(0, 2);
    for (const step of firstTwo) await setStep(learner.accessToken, step.id, 'done');

    const page = await members(cohort.id);

    // Each stage is an equal share of the work, done evenly from its first day to the end of its due date.
    const share = firstTwo.reduce((sum, step) => sum + step.estimatedHours, 0) / totalHours();
    const position = share * cohort.stages.length;
    const stage = cohort.stages[Math.floor(position)]!;
    const stageDays = daysBetween(stage.startsOn, stage.dueOn) + 1;
    const expectedOn = Date.parse(stage.startsOn) + Math.round((position % 1) * stageDays) * 86_400_000;
    expect(page.items[0]).toMatchObject({
      status: 'behind',
      daysBehind: (Date.parse(page.today) - expectedOn) / 86_400_000,
    });
  });

  it('when a member has done every step, then they are on track with nothing left', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor, { startDate: '2020-01-06' });
    await joinByCode(mentor, cohort.id, learner.accessToken);
    for (const step of steps) await setStep(learner.accessToken, step.id, 'done');

    const [member] = (await members(cohort.id)).items;

    expect(member).toMatchObject({ percentDone: 100, stepsDone: steps.length, status: 'on_track', daysBehind: null });
  });
});

describe('a cohort that has not begun', () => {
  it('when one member has started early and one has not, then the first is ahead and the second on track', async () => {
    const early = await signUp(t);
    const waiting = await signUp(t);
    const cohort = await createCohort(mentor, { startDate: '2030-01-07' });
    await joinByCode(mentor, cohort.id, early.accessToken);
    await joinByCode(mentor, cohort.id, waiting.accessToken);
    await setStep(early.accessToken, steps[0]!.id, 'done');

    const page = await members(cohort.id);

    expect(page.expectedPercent).toBe(0);
    expect(page.items.map((item) => [item.userId, item.status, item.started])).toEqual([
      [early.id, 'ahead', true],
      [waiting.id, 'on_track', false],
    ]);
    expect(page.items[0]!.daysAhead).toBeGreaterThan(daysBetween(todayUtc(), '2030-01-07'));
  });
});

describe('what counts and who is listed', () => {
  it('when a member works on another roadmap, then none of it shows', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor, { startDate: '2030-01-07' });
    await joinByCode(mentor, cohort.id, learner.accessToken);
    const other = (await t.app.inject('/v1/roadmaps/frontend-developer')).json<RoadmapDocument>();
    await setStep(learner.accessToken, other.tiers[0]!.steps[0]!.id, 'done', 'frontend-developer');

    const [member] = (await members(cohort.id)).items;

    expect(member).toMatchObject({ started: false, stepsDone: 0, hoursDone: 0, lastActivityAt: null });
  });

  it('when a member leaves, then the mentors no longer list them, at once', async () => {
    const staying = await signUp(t);
    const leaving = await signUp(t);
    const cohort = await createCohort(mentor);
    await joinByCode(mentor, cohort.id, staying.accessToken);
    await joinByCode(mentor, cohort.id, leaving.accessToken);

    await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: leaving.accessToken });
    const page = await members(cohort.id);

    expect(page.items.map((item) => item.userId)).toEqual([staying.id]);
  });

  it('when the members fill more than a page, then the pages follow one another without gaps or repeats', async () => {
    const cohort = await createCohort(mentor);
    const joined: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      const learner = await signUp(t);
      await joinByCode(mentor, cohort.id, learner.accessToken);
      joined.push(learner.id);
    }

    const first = await members(cohort.id, '?limit=2');
    const second = await members(cohort.id, `?limit=2&cursor=${first.nextCursor}`);
    const third = await members(cohort.id, `?limit=2&cursor=${second.nextCursor}`);

    expect([...first.items, ...second.items, ...third.items].map((item) => item.userId)).toEqual(joined);
    expect(third.nextCursor).toBeNull();
  });

  it('when the cursor is not one the API gave out, then a 400 names it', async () => {
    const cohort = await createCohort(mentor);

    const response = await call('GET', `/v1/cohorts/${cohort.id}/members?cursor=forged`, { token: mentor });

    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('/cursor');
  });
});

describe('what a learner’s mentors see', () => {
  it('when a member asks what their mentors see, then they get exactly their entry in the mentors’ list', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor, { startDate: '2024-01-01' });
    await joinByCode(mentor, cohort.id, learner.accessToken);
    await setStep(learner.accessToken, steps[1]!.id, 'done');
    const note = await call('PUT', `/v1/me/roadmaps/${ROADMAP}/steps/${steps[1]!.id}/note`, {
      token: learner.accessToken,
      body: { body: 'A private thought about this step' },
    });

    const own = await call('GET', `/v1/me/cohorts/${cohort.id}/what-mentors-see`, { token: learner.accessToken });
    const page = await members(cohort.id);

    expect(note.statusCode, note.body).toBe(200);
    expect(own.statusCode, own.body).toBe(200);
    expect(page.items).toEqual([own.json()]);
    expect(JSON.stringify(page)).not.toContain('private thought');
  });
});
