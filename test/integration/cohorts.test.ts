// Cohorts through HTTP on a real database (both engines), as their mentors run them: creating one with the schedule
// of the roadmap's month plan, moving due dates, adding mentors, archiving; every refusal leaves things as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { cohortsClient, ROADMAP } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let mentor: string;
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call, createCohort, snapshot } = client;

describe('creating a cohort', () => {
  it('when a mentor creates a cohort, then each stage is due on the last day of the plan at its pace', async () => {
    const plan = (await t.app.inject(`/v1/roadmaps/${ROADMAP}/plan?hoursPerWeek=10&startDate=2026-03-02`)).json<{
      stages: { month: number; title: string; startsOn: string; endsOn: string }[];
      finishOn: string;
    }>();

    const cohort = await createCohort(mentor);

    expect(cohort).toMatchObject({
      name: 'Spring cohort',
      roadmap: { slug: ROADMAP, title: 'Backend Developer Roadmap' },
      startDate: '2026-03-02',
      hoursPerWeek: 10,
      finishOn: plan.finishOn,
      archived: false,
      joinCode: null,
      members: 0,
    });
    expect(cohort.stages).toEqual(
      plan.stages.map((stage) => ({
        month: stage.month,
        title: stage.title,
        startsOn: stage.startsOn,
        dueOn: stage.endsOn,
      })),
    );
    expect(cohort.mentors).toHaveLength(1);
    expect((await snapshot(cohort.id)).audit).toEqual([{ action: 'cohort.created', subjectId: null }]);
  });

  it('when an admin creates a cohort, then they are its mentor and it is in their list', async () => {
    const admin = (await signUp(t, { role: 'admin' })).accessToken;

    const cohort = await createCohort(admin, { name: 'Interns' });
    const list = (await call('GET', '/v1/cohorts', { token: admin })).json<{ items: Cohort[] }>();

    expect(list.items.map((item) => item.id)).toEqual([cohort.id]);
  });

  it.each([
    [{ roadmap: 'no-such-roadmap' }, '/roadmap'],
    [{ name: '' }, '/name'],
    [{ hoursPerWeek: 0 }, '/hoursPerWeek'],
    [{ hoursPerWeek: 81 }, '/hoursPerWeek'],
    [{ startDate: '2026-02-30' }, '/startDate'],
    [{ colour: 'blue' }, '/colour'],
  ])('when the body is %j, then a 400 names %s and no cohort is made', async (overrides, pointer) => {
    const before = await t.database.db.selectFrom('cohorts').select('id').execute();

    const response = await call('POST', '/v1/cohorts', {
      token: mentor,
      body: { roadmap: ROADMAP, name: 'Bad', startDate: '2026-03-02', hoursPerWeek: 10, ...overrides },
    });

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain(pointer);
    expect(await t.database.db.selectFrom('cohorts').select('id').execute()).toHaveLength(before.length);
  });
});

describe('moving due dates', () => {
  it('when a mentor moves one stage, then only it changes, and the next stage starts the day after', async () => {
    const cohort = await createCohort(mentor);
    const [first, second] = cohort.stages;
    const dueOn = '2026-04-30';

    const response = await call('PATCH', `/v1/cohorts/${cohort.id}/schedule`, {
      token: mentor,
      body: { stages: [{ month: first!.month, dueOn }] },
    });

    expect(response.statusCode, response.body).toBe(200);
    const moved = response.json<Cohort>();
    expect(moved.stages[0]).toMatchObject({ dueOn });
    expect(moved.stages[1]).toMatchObject({ startsOn: '2026-05-01', dueOn: second!.dueOn });
    expect(moved.stages.slice(2)).toEqual(cohort.stages.slice(2));
    expect((await snapshot(cohort.id)).audit.map((entry) => entry.action)).toEqual([
      'cohort.created',
      'cohort.schedule_changed',
    ]);
  });

  it.each([
    ['before the start date', [{ month: 1, dueOn: '2026-03-01' }], '/stages/0/dueOn'],
    ['out of order', [{ month: 2, dueOn: '2026-03-03' }], '/stages/0/dueOn'],
    ['a month the plan does not have', [{ month: 99, dueOn: '2027-01-01' }], '/stages/0/month'],
    [
      'the same month twice',
      [
        { month: 1, dueOn: '2026-04-01' },
        { month: 1, dueOn: '2026-04-02' },
      ],
      '/stages/1/month',
    ],
  ])('when a due date is %s, then a 400 names it and nothing changes', async (_case, stages, pointer) => {
    const cohort = await createCohort(mentor);
    const before = await snapshot(cohort.id);

    const response = await call('PATCH', `/v1/cohorts/${cohort.id}/schedule`, { token: mentor, body: { stages } });

    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain(pointer);
    expect(await snapshot(cohort.id)).toEqual(before);
  });
});

describe('mentors of a cohort', () => {
  it('when a mentor adds another mentor, then both see the cohort and the second can change it', async () => {
    const second = await signUp(t, { role: 'mentor' });
    const cohort = await createCohort(mentor);

    const added = await call('POST', `/v1/cohorts/${cohort.id}/mentors`, {
      token: mentor,
      body: { email: second.email },
    });
    const again = await call('POST', `/v1/cohorts/${cohort.id}/mentors`, {
      token: mentor,
      body: { email: second.email },
    });
    const bySecond = await call('POST', `/v1/cohorts/${cohort.id}/join-code`, { token: second.accessToken });

    expect(added.statusCode, added.body).toBe(200);
    expect(added.json<Cohort>().mentors.map((m) => m.id)).toContain(second.id);
    expect(again.json<Cohort>().mentors).toHaveLength(2);
    expect(bySecond.statusCode).toBe(200);
    expect((await snapshot(cohort.id)).audit.filter((entry) => entry.action === 'cohort.mentor_added')).toEqual([
      { action: 'cohort.mentor_added', subjectId: second.id },
    ]);
  });

  it('when the address is a learner’s or nobody’s, then a 400 names /email and nothing changes', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    const before = await snapshot(cohort.id);

    for (const email of [learner.email, 'nobody@example.org']) {
      const response = await call('POST', `/v1/cohorts/${cohort.id}/mentors`, { token: mentor, body: { email } });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain('/email');
    }
    expect(await snapshot(cohort.id)).toEqual(before);
  });
});

describe('archiving a cohort', () => {
  it('when a cohort is archived, then it reads as before and every change is a 409 that writes nothing', async () => {
    const other = await signUp(t, { role: 'mentor' });
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    const code = (await call('POST', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor })).json<{
      joinCode: string;
    }>().joinCode;

    const archived = await call('POST', `/v1/cohorts/${cohort.id}/archive`, { token: mentor });
    const before = await snapshot(cohort.id);
    const writes = [
      call('PATCH', `/v1/cohorts/${cohort.id}/schedule`, {
        token: mentor,
        body: { stages: [{ month: 1, dueOn: '2026-04-30' }] },
      }),
      call('POST', `/v1/cohorts/${cohort.id}/mentors`, { token: mentor, body: { email: other.email } }),
      call('POST', `/v1/cohorts/${cohort.id}/invites`, { token: mentor, body: { emails: ['new@example.org'] } }),
      call('POST', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor }),
      call('DELETE', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor }),
      call('POST', `/v1/cohorts/${cohort.id}/archive`, { token: mentor }),
    ];
    const statuses = (await Promise.all(writes)).map((response) => response.statusCode);
    const join = await call('POST', '/v1/me/cohorts/join', { token: learner.accessToken, body: { code } });
    const read = await call('GET', `/v1/cohorts/${cohort.id}`, { token: mentor });
    const members = await call('GET', `/v1/cohorts/${cohort.id}/members`, { token: mentor });

    expect(archived.json<Cohort>()).toMatchObject({ archived: true, joinCode: null });
    expect(statuses).toEqual([409, 409, 409, 409, 409, 409]);
    expect(join.statusCode).toBe(400);
    expect(read.json<Cohort>()).toMatchObject({ archived: true, stages: cohort.stages });
    expect(members.statusCode).toBe(200);
    expect(await snapshot(cohort.id)).toEqual(before);
  });
});
