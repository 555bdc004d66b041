// The mentor's dashboard of a cohort, through HTTP on a real database (both engines): the members by status and by
// share done, the steps where they stall (idle, slow, not helpful), checklist readiness, and what they did lately.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityPage, CohortDashboard } from '../../src/modules/cohorts/cohort-dashboard.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { cohortsClient, ROADMAP } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let mentor: string;
let steps: { id: string; title: string }[];
let checklist: { id: string; title: string }[];
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  const roadmap = (await t.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<RoadmapDocument>();
  steps = roadmap.tiers.flatMap((tier) => tier.steps);
  checklist = roadmap.checklist;
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call, createCohort, joinByCode, setStep } = client;

const get = async <T>(url: string) => {
  const response = await call('GET', url, { token: mentor });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};
const dashboardOf = (cohortId: string, query = '') => get<CohortDashboard>(`/v1/cohorts/${cohortId}/dashboard${query}`);

/** A cohort of the mentor's with these learners in it. */
const cohortWith = async (...learners: SignedUp[]) => {
  const cohort = await createCohort(mentor, { startDate: '2020-01-06' });
  for (const learner of learners) await joinByCode(mentor, cohort.id, learner.accessToken);
  return cohort;
};
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
/** Moves a learner's step and its events back in time, as if they had marked it `days` ago. */
const backdate = async (learner: SignedUp, stepId: string, days: number) => {
  const db = t.database.db;
  await db
    .updateTable('stepProgress')
    .set({ updatedAt: daysAgo(days) })
    .where('userId', '=', learner.id)
    .where('stepId', '=', stepId)
    .execute();
  // The event log is append-only in the app's types; only a test rewrites its history.
  await sql`update progress_events set occurred_at = ${daysAgo(days)}
            where user_id = ${learner.id} and subject_id = ${stepId}`.execute(db);
};
const vote = (learner: SignedUp, stepId: string, helpful: boolean) =>
  t.database.db
    .insertInto('feedbackVotes')
    .values({ roadmapSlug: ROADMAP, target: `step:${stepId}`, userId: learner.id, helpful, ipHash: 'test' })
    .execute();

describe('the members at a glance', () => {
  it('when members are behind, done or not started, then each status and tenth of the work is counted', async () => {
    const [idle, working, finished] = [await signUp(t), await signUp(t), await signUp(t)];
    const cohort = await cohortWith(idle, working, finished);
    await setStep(working.accessToken, steps[0]!.id, 'in_progress');
    for (const step of steps) await setStep(finished.accessToken, step.id, 'done');

    const dashboard = await dashboardOf(cohort.id);

    expect(dashboard.expectedPercent).toBe(100);
    expect(dashboard.members).toEqual({ total: 3, ahead: 0, onTrack: 1, behind: 2, notStarted: 1 });
    expect(dashboard.progressSpread).toHaveLength(10);
    expect(dashboard.progressSpread[0]).toEqual({ fromPercent: 0, toPercent: 10, members: 2 });
    expect(dashboard.progressSpread[9]).toEqual({ fromPercent: 90, toPercent: 100, members: 1 });
  });

  it('when a member has left, then they are counted nowhere, nor listed in the activity or the CSV', async () => {
    const [staying, leaving] = [await signUp(t), await signUp(t)];
    const cohort = await cohortWith(staying, leaving);
    await setStep(leaving.accessToken, steps[0]!.id, 'in_progress');
    await checklistAnswer(leaving, checklist[0]!.id, 'confident');
    await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: leaving.accessToken });

    const dashboard = await dashboardOf(cohort.id);

    const activity = await call('GET', `/v1/cohorts/${cohort.id}/activity`, { token: mentor });
    const csv = await call('GET', `/v1/cohorts/${cohort.id}/members.csv`, { token: mentor });

    expect(dashboard.members.total).toBe(1);
    expect(dashboard.stalls.slow).toEqual([]);
    expect(dashboard.checklist[0]).toMatchObject({ answered: 0, readyPercent: 0 });
    expect(activity.json<ActivityPage>().items).toEqual([]);
    expect(activity.body).not.toContain(leaving.id);
    expect(csv.body.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
  });
});

const checklistAnswer = async (learner: SignedUp, itemId: string, level: string) => {
  const response = await call('PUT', `/v1/me/roadmaps/${ROADMAP}/checklist/${itemId}`, {
    token: learner.accessToken,
    body: { level },
  });
  expect(response.statusCode, response.body).toBe(200);
};

describe('where the cohort stalls', () => {
  it('when members have left a step in progress for longer than idleDays, then it is idle; one active elsewhere is not', async () => {
    const [stuck, alsoStuck, busy] = [await signUp(t), await signUp(t), await signUp(t)];
    const cohort = await cohortWith(stuck, alsoStuck, busy);
    const [first, second] = steps;
    for (const learner of [stuck, alsoStuck, busy]) {
      await setStep(learner.accessToken, first!.id, 'in_progress');
      await backdate(learner, first!.id, 10);
    }
    await setStep(busy.accessToken, second!.id, 'done');

    const week = await dashboardOf(cohort.id);
    const fortnight = await dashboardOf(cohort.id, '?idleDays=14');

    expect(week.stalls.idleDays).toBe(7);
    expect(week.stalls.idle).toMatchObject([{ stepId: first!.id, title: first!.title, members: 2 }]);
    expect(Date.parse(week.stalls.idle[0]!.idleSince)).toBeLessThan(daysAgo(9).getTime());
    expect(fortnight.stalls.idle).toEqual([]);
  });

  it('when members take longer on one step than another, then the slower comes first with its median days', async () => {
    const [a, b] = [await signUp(t), await signUp(t)];
    const cohort = await cohortWith(a, b);
    const [quick, slow] = steps;
    for (const learner of [a, b]) {
      await setStep(learner.accessToken, quick!.id, 'in_progress');
      await setStep(learner.accessToken, slow!.id, 'in_progress');
    }
    await backdate(a, slow!.id, 20);
    await backdate(b, slow!.id, 10);
    await setStep(a.accessToken, quick!.id, 'done');

    const { slow: listed } = (await dashboardOf(cohort.id)).stalls;

    expect(listed.map((step) => step.stepId)).toEqual([slow!.id, quick!.id]);
    expect(listed[0]).toMatchObject({ members: 2, unfinished: 2 });
    expect(listed[0]!.medianDays).toBeCloseTo(15, 0);
    expect(listed[1]).toMatchObject({ members: 2, unfinished: 1, medianDays: 0 });
  });

  it('when members vote steps not helpful, then those steps are listed by how many such votes, and others’ votes do not count', async () => {
    const [a, b, outsider] = [await signUp(t), await signUp(t), await signUp(t)];
    const cohort = await cohortWith(a, b);
    const [most, some, liked] = steps;
    await vote(a, most!.id, false);
    await vote(b, most!.id, false);
    await vote(a, some!.id, false);
    await vote(b, some!.id, true);
    await vote(a, liked!.id, true);
    await vote(outsider, some!.id, false);

    const { unhelpful } = (await dashboardOf(cohort.id)).stalls;

    expect(unhelpful).toEqual([
      { stepId: most!.id, title: most!.title, notHelpful: 2, votes: 2 },
      { stepId: some!.id, title: some!.title, notHelpful: 1, votes: 2 },
    ]);
  });
});

describe('checklist readiness', () => {
  it('when members answer checklist items, then each item counts its answers and the share confident', async () => {
    const [a, b, c, d] = [await signUp(t), await signUp(t), await signUp(t), await signUp(t)];
    const cohort = await cohortWith(a, b, c, d);
    const [item] = checklist;
    await checklistAnswer(a, item!.id, 'confident');
    await checklistAnswer(b, item!.id, 'partly');
    await checklistAnswer(c, item!.id, 'not_yet');

    const readiness = (await dashboardOf(cohort.id)).checklist;

    expect(readiness.map((entry) => entry.itemId)).toEqual(checklist.map((entry) => entry.id));
    expect(readiness[0]).toEqual({
      itemId: item!.id,
      title: item!.title,
      answered: 3,
      confident: 1,
      partly: 1,
      notYet: 1,
      readyPercent: 25,
    });
    expect(readiness[1]).toMatchObject({ answered: 0, readyPercent: 0 });
  });
});

describe('recent activity', () => {
  it('when members mark steps, answer the checklist and write notes, then the events come newest first, without notes or answers', async () => {
    const learner = await signUp(t, { displayName: 'Grace' });
    const cohort = await cohortWith(learner);
    const [step] = steps;
    await setStep(learner.accessToken, step!.id, 'in_progress');
    await checklistAnswer(learner, checklist[0]!.id, 'partly');
    const note = await call('PUT', `/v1/me/roadmaps/${ROADMAP}/steps/${step!.id}/note`, {
      token: learner.accessToken,
      body: { body: 'private thoughts' },
    });
    expect(note.statusCode).toBe(200);

    const response = await call('GET', `/v1/cohorts/${cohort.id}/activity`, { token: mentor });

    expect(response.body).not.toContain('private thoughts');
    expect(response.body).not.toContain('partly');
    expect(response.json<ActivityPage>().items).toEqual([
      expect.objectContaining({
        displayName: 'Grace',
        kind: 'checklist',
        subject: { id: checklist[0]!.id, title: checklist[0]!.title },
        status: null,
      }),
      expect.objectContaining({
        userId: learner.id,
        kind: 'step_status',
        subject: { id: step!.id, title: step!.title },
        status: 'in_progress',
      }),
    ]);
  });

  it('when a member did things before joining, then only what they did since is listed', async () => {
    const learner = await signUp(t);
    await setStep(learner.accessToken, steps[0]!.id, 'in_progress');
    const cohort = await cohortWith(learner);
    await setStep(learner.accessToken, steps[1]!.id, 'in_progress');

    const { items } = await get<ActivityPage>(`/v1/cohorts/${cohort.id}/activity`);

    expect(items.map((item) => item.subject?.id)).toEqual([steps[1]!.id]);
  });

  it('when there are more events than a page, then the pages follow one another without gaps or repeats', async () => {
    const [a, b] = [await signUp(t), await signUp(t)];
    const cohort = await cohortWith(a, b);
    for (const step of steps.slice(0, 3)) {
      await setStep(a.accessToken, step.id, 'in_progress');
      await setStep(b.accessToken, step.id, 'done');
    }

    const all = await get<ActivityPage>(`/v1/cohorts/${cohort.id}/activity`);
    const first = await get<ActivityPage>(`/v1/cohorts/${cohort.id}/activity?limit=4`);
    const second = await get<ActivityPage>(`/v1/cohorts/${cohort.id}/activity?limit=4&cursor=${first.nextCursor}`);

    expect(all.items).toHaveLength(6);
    expect([...first.items, ...second.items]).toEqual(all.items);
    expect(second.nextCursor).toBeNull();
  });

  it('when the cursor is not one the API gave out, then a 400 names it', async () => {
    const cohort = await cohortWith();

    const response = await call('GET', `/v1/cohorts/${cohort.id}/activity?cursor=bm9wZQ`, { token: mentor });

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('/cursor');
  });
});

describe('bad input', () => {
  it.each(['idleDays=0', 'idleDays=366', 'idleDays=soon', 'extra=1'])(
    'when the dashboard is asked with %s, then a 400 names the parameter',
    async (query) => {
      const cohort = await cohortWith();

      const response = await call('GET', `/v1/cohorts/${cohort.id}/dashboard?${query}`, { token: mentor });

      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toContain(`/${query.split('=')[0]}`);
    },
  );
});
