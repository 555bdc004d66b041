// Privacy by construction for project submissions, through HTTP on a real database (both engines): every route tried
// as an anonymous caller, another learner, another cohort's mentor, an admin who mentors no cohort of the learner's,
// and a former member. A submission exists only for its learner and the mentors of a cohort on its roadmap that the
// learner is in now; for everyone else it is a 404 like an id nobody has, and none of their tries writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import type { Submission } from '../../src/modules/submissions/submissions.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import type { Method } from '../support/drafts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { submissionsClient } from '../support/submissions.ts';

let t: TestApp;
let mentor: string;
let otherMentor: string;
let admin: string;
let member: SignedUp;
let former: SignedUp;
let outsider: SignedUp;
let cohort: Cohort;
let othersCohort: Cohort;
let submission: Submission;
let steps: string[];
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  otherMentor = await client.mentor();
  admin = (await signUp(t, { role: 'admin' })).accessToken;
  [member, former, outsider] = [await signUp(t), await signUp(t), await signUp(t)];
  cohort = await client.createCohort(mentor);
  othersCohort = await client.createCohort(otherMentor, { name: 'Another cohort' });
  await client.joinByCode(otherMentor, othersCohort.id, outsider.accessToken);
  await client.joinByCode(mentor, cohort.id, member.accessToken);
  await client.joinByCode(mentor, cohort.id, former.accessToken);
  steps = await client.stepIds();
  submission = await client.submit(member.accessToken, steps[0]!);
  await client.submit(former.accessToken, steps[0]!);
  await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: former.accessToken });
});
afterAll(() => t.close());

const client = submissionsClient(() => t);
const { call, written } = client;
const NOBODYS = '00000000-0000-4000-8000-000000000000';

/** The routes about one submission, with a body each would accept. */
const submissionRoutes = (id: string): [Method, string, unknown?][] => [
  ['GET', `/v1/submissions/${id}`],
  ['POST', `/v1/submissions/${id}/reviews`, { decision: 'approved' }],
  ['POST', `/v1/submissions/${id}/comments`, { body: 'Looks good' }],
];

const statusesOf = async (token: string | undefined, routes: [Method, string, unknown?][]) => {
  const statuses: number[] = [];
  for (const [method, url, body] of routes) statuses.push((await call(method, url, { token, body })).statusCode);
  return statuses;
};

describe('a submission, as someone it does not concern', () => {
  it('when nobody is logged in, then every route is a 401, the learner’s own too, and nothing is written', async () => {
    const before = await written();

    const statuses = await statusesOf(undefined, [
      ...submissionRoutes(submission.id),
      ['GET', `/v1/cohorts/${cohort.id}/submissions`],
      ['GET', client.submitPath(steps[0]!)],
      ['POST', client.submitPath(steps[0]!), { repositoryUrl: 'https://x.org/a' }],
    ]);

    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    expect(await written()).toEqual(before);
  });

  it.each([
    ['another learner', () => outsider.accessToken, [404, 403, 404]],
    ['a former member of the cohort', () => former.accessToken, [404, 403, 404]],
    ['another cohort’s mentor', () => otherMentor, [404, 404, 404]],
    ['an admin who mentors none of the learner’s cohorts', () => admin, [404, 404, 404]],
  ])(
    'when %s tries each route of a submission, then it answers as for an id nobody has, and nothing is written',
    async (_who, token, expected) => {
      const before = await written();

      const statuses = await statusesOf(token(), submissionRoutes(submission.id));
      const nobodys = await statusesOf(token(), submissionRoutes(NOBODYS));

      expect(statuses).toEqual(expected);
      expect(nobodys).toEqual(expected);
      expect(await written()).toEqual(before);
    },
  );

  it('when a learner, a former member, another mentor or an admin reads the cohort’s queue, then a 403 or a 404', async () => {
    const url = `/v1/cohorts/${cohort.id}/submissions`;

    expect(await statusesOf(outsider.accessToken, [['GET', url]])).toEqual([403]);
    expect(await statusesOf(former.accessToken, [['GET', url]])).toEqual([403]);
    expect(await statusesOf(otherMentor, [['GET', url]])).toEqual([404]);
    expect(await statusesOf(admin, [['GET', url]])).toEqual([404]);
  });

  it('when another learner reads the step’s thread, then they see only their own (none), never the member’s', async () => {
    const response = await call('GET', client.submitPath(steps[0]!), { token: outsider.accessToken });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ cohorts: [{ id: othersCohort.id, name: othersCohort.name }], items: [] });
  });

  it('when another cohort’s mentor reads their own queue, then the member’s submission is not in it', async () => {
    const ownQueue = await call('GET', `/v1/cohorts/${othersCohort.id}/submissions`, { token: otherMentor });

    expect(ownQueue.json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('after leaving the cohort', () => {
  it('when a learner has left, then their mentor no longer finds their submission, nor sees it in the queue', async () => {
    const [formersOwn] = (await call('GET', client.submitPath(steps[0]!), { token: former.accessToken })).json<{
      items: Submission[];
    }>().items;
    const before = await written();

    const statuses = await statusesOf(mentor, submissionRoutes(formersOwn!.id));
    const queue = await call('GET', `/v1/cohorts/${cohort.id}/submissions`, { token: mentor });

    expect(statuses).toEqual([404, 404, 404]);
    expect(await written()).toEqual(before);
    expect(queue.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([submission.id]);
  });

  it('when a former member reads their own thread, then it is still theirs, but they cannot submit again', async () => {
    const thread = await call('GET', client.submitPath(steps[0]!), { token: former.accessToken });
    const before = await written();

    const submitted = await call('POST', client.submitPath(steps[0]!), {
      token: former.accessToken,
      body: { repositoryUrl: 'https://x.org/a' },
    });

    expect(thread.json<{ cohorts: unknown[]; items: unknown[] }>()).toMatchObject({ cohorts: [], items: [{}] });
    expect(submitted.statusCode, submitted.body).toBe(409);
    expect(await written()).toEqual(before);
  });
});
