// Project submissions and their review, through HTTP on a real database (both engines): a learner in a cohort
// submits a step's project, a mentor of the cohort approves it or asks for changes, the learner resubmits, and every
// submission and reply stays in the thread; the review queue with how long each waits; bad input and refusals that
// write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import type { Submission } from '../../src/modules/submissions/submissions.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { submissionsClient } from '../support/submissions.ts';

let t: TestApp;
let mentor: string;
let learner: SignedUp;
let cohort: Cohort;
let steps: string[];
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  learner = await signUp(t);
  cohort = await client.createCohort(mentor);
  await client.joinByCode(mentor, cohort.id, learner.accessToken);
  steps = await client.stepIds();
});
afterAll(() => t.close());

const client = submissionsClient(() => t);
const { call, submit, review, written, mailsTo, submitPath } = client;

interface Thread {
  cohorts: { id: string; name: string }[];
  items: Submission[];
}
const threadOf = async (token: string, stepId: string) => {
  const response = await call('GET', submitPath(stepId), { token });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Thread>();
};
interface QueuePage {
  total: number;
  items: { id: string; waitedMinutes: number; resubmission: boolean; status: string; learner: { id: string } }[];
  nextCursor: string | null;
}
const queueOf = async (query = '', id = cohort.id) => {
  const response = await call('GET', `/v1/cohorts/${id}/submissions${query}`, { token: mentor });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<QueuePage>();
};

describe('submitting and reviewing', () => {
  it('when a learner in a cohort submits a step’s project, then it waits in the cohort’s queue, with its audit entry', async () => {
    const submission = await submit(learner.accessToken, steps[0]!, {
      deployedUrl: 'http://demo.example.org',
      notes: 'I used **Fastify**.',
    });

    expect(submission).toMatchObject({
      status: 'waiting',
      step: { id: steps[0] },
      learner: { id: learner.id },
      repositoryUrl: 'https://git.example.org/me/project',
      deployedUrl: 'http://demo.example.org',
      notes: 'I used **Fastify**.',
      supersededAt: null,
      replies: [],
    });
    const queue = await queueOf();
    expect(queue.total).toBe(1);
    expect(queue.items).toEqual([
      expect.objectContaining({ id: submission.id, status: 'waiting', resubmission: false, waitedMinutes: 0 }),
    ]);
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['actorId'])
      .where('action', '=', 'submission.submitted')
      .where((eb) => eb(eb.ref('details', '->>').key('submission'), '=', submission.id))
      .execute();
    expect(audit).toEqual([{ actorId: learner.id }]);
  });

  it('when a mentor asks for changes and the learner resubmits, then both submissions and the review stay in the thread', async () => {
    const [first] = (await threadOf(learner.accessToken, steps[0]!)).items;

    const reviewed = await review(mentor, first!.id, {
      decision: 'changes_requested',
      comment: 'Add *tests*, please.',
    });
    const second = await submit(learner.accessToken, steps[0]!, { notes: 'Tests added.' });

    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect(reviewed.json<Submission>()).toMatchObject({
      status: 'changes_requested',
      replies: [{ role: 'mentor', decision: 'changes_requested', body: 'Add *tests*, please.' }],
    });
    const thread = await threadOf(learner.accessToken, steps[0]!);
    expect(thread.cohorts).toEqual([{ id: cohort.id, name: cohort.name }]);
    expect(thread.items.map((item) => [item.id, item.status, item.supersededAt === null])).toEqual([
      [second.id, 'waiting', true],
      [first!.id, 'changes_requested', false],
    ]);
    expect(thread.items[1]!.replies).toHaveLength(1);
    expect(await mailsTo(learner.email)).toEqual([
      expect.objectContaining({ decision: 'changes_requested', body: 'Add *tests*, please.' }),
    ]);
    expect((await queueOf()).items).toEqual([expect.objectContaining({ id: second.id, resubmission: true })]);
  });

  it('when a mentor reviews the superseded submission, then a 409 and nothing is written', async () => {
    const [, superseded] = (await threadOf(learner.accessToken, steps[0]!)).items;
    const before = await written();

    const response = await review(mentor, superseded!.id, { decision: 'approved' });

    expect(response.statusCode, response.body).toBe(409);
    expect(await written()).toEqual(before);
  });

  it('when a mentor approves the current submission, then it leaves the waiting queue and a second review is a 409', async () => {
    const [current] = (await threadOf(learner.accessToken, steps[0]!)).items;

    const approved = await review(mentor, current!.id, { decision: 'approved' });
    const before = await written();
    const again = await review(mentor, current!.id, { decision: 'changes_requested', comment: 'On second thoughts' });

    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json<Submission>()).toMatchObject({ status: 'approved', replies: [{ decision: 'approved' }] });
    expect((await queueOf()).items).toEqual([]);
    expect((await queueOf('?status=approved')).items.map((item) => item.id)).toEqual([current!.id]);
    expect(again.statusCode, again.body).toBe(409);
    expect(await written()).toEqual(before);
    expect((await mailsTo(learner.email)).map((mail) => mail.decision)).toEqual(['changes_requested', 'approved']);
  });

  it('when the learner and the mentor comment, then both show in the thread and only the mentor’s is mailed', async () => {
    const [current] = (await threadOf(learner.accessToken, steps[0]!)).items;
    const mailsBefore = (await mailsTo(learner.email)).length;

    const mine = await call('POST', `/v1/submissions/${current!.id}/comments`, {
      token: learner.accessToken,
      body: { body: 'Thank you!' },
    });
    const theirs = await call('POST', `/v1/submissions/${current!.id}/comments`, {
      token: mentor,
      body: { body: 'Well done.' },
    });

    expect(mine.statusCode, mine.body).toBe(201);
    expect(theirs.statusCode, theirs.body).toBe(201);
    const read = await call('GET', `/v1/submissions/${current!.id}`, { token: mentor });
    expect(read.json<Submission>().replies.map((reply) => [reply.role, reply.decision, reply.body])).toEqual([
      ['mentor', 'approved', ''],
      ['learner', null, 'Thank you!'],
      ['mentor', null, 'Well done.'],
    ]);
    expect(await mailsTo(learner.email)).toHaveLength(mailsBefore + 1);
  });
});

describe('the review queue', () => {
  it('when the queue has more submissions than a page, then pages follow one another, oldest first, without repeats', async () => {
    const others = [await signUp(t), await signUp(t), await signUp(t)];
    const queued: string[] = [];
    for (const other of others) {
      await client.joinByCode(mentor, cohort.id, other.accessToken);
      queued.push((await submit(other.accessToken, steps[1]!)).id);
    }

    const first = await queueOf('?limit=2');
    const second = await queueOf(`?limit=2&cursor=${first.nextCursor}`);

    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(queued);
    expect(second.nextCursor).toBeNull();
  });

  it('when the cursor is not one the API gave out, then a 400 names it', async () => {
    const response = await call('GET', `/v1/cohorts/${cohort.id}/submissions?cursor=bogus`, { token: mentor });

    expect(response.statusCode, response.body).toBe(400);
    expect(JSON.stringify(response.json())).toContain('/cursor');
  });
});

describe('bad input', () => {
  it.each([
    [{ repositoryUrl: 'ftp://git.example.org/me/project' }, '/repositoryUrl'],
    [{ repositoryUrl: 'javascript:alert(1)' }, '/repositoryUrl'],
    [{ repositoryUrl: 'https://x.org/a', deployedUrl: 'file:///etc/passwd' }, '/deployedUrl'],
    [{ repositoryUrl: 'https://x.org/a', notes: 'x'.repeat(5001) }, '/notes'],
    [{ repositoryUrl: 'https://x.org/a', grade: 'A' }, '/grade'],
    [{}, '/repositoryUrl'],
  ])('when a submission is %j, then a 400 names %s and nothing is written', async (body, pointer) => {
    const before = await written();

    const response = await call('POST', submitPath(steps[2]!), { token: learner.accessToken, body });

    expect(response.statusCode, response.body).toBe(400);
    expect(JSON.stringify(response.json<{ errors: unknown[] }>().errors)).toContain(pointer);
    expect(await written()).toEqual(before);
  });

  it.each([
    [{ decision: 'maybe' }, '/decision'],
    [{ decision: 'changes_requested' }, '/comment'],
    [{ decision: 'changes_requested', comment: '   ' }, '/comment'],
    [{ decision: 'approved', comment: 'x'.repeat(5001) }, '/comment'],
  ])('when a review is %j, then a 400 names %s and nothing is written', async (body, pointer) => {
    const waiting = await submit(learner.accessToken, steps[3]!);
    const before = await written();

    const response = await review(mentor, waiting.id, body);

    expect(response.statusCode, response.body).toBe(400);
    expect(JSON.stringify(response.json<{ errors: unknown[] }>().errors)).toContain(pointer);
    expect(await written()).toEqual(before);
  });

  it('when the step is not one of the roadmap’s, then a 404 and nothing is written', async () => {
    const before = await written();

    const response = await call('POST', submitPath('no-such-step'), {
      token: learner.accessToken,
      body: { repositoryUrl: 'https://x.org/a' },
    });

    expect(response.statusCode, response.body).toBe(404);
    expect(await written()).toEqual(before);
  });
});

describe('without a running cohort', () => {
  it('when the learner is in no cohort on the roadmap, then submitting is a 409 and the thread offers no cohort', async () => {
    const loner = await signUp(t);
    const before = await written();

    const response = await call('POST', submitPath(steps[0]!), {
      token: loner.accessToken,
      body: { repositoryUrl: 'https://x.org/a' },
    });

    expect(response.statusCode, response.body).toBe(409);
    expect(await written()).toEqual(before);
    expect(await threadOf(loner.accessToken, steps[0]!)).toEqual({ cohorts: [], items: [] });
  });

  it('when the cohort is archived, then its mentor can read the queue but not review or comment, nor can the learner submit', async () => {
    const archivedMentor = await client.mentor();
    const member = await signUp(t);
    const finished = await client.createCohort(archivedMentor, { name: 'Finished cohort' });
    await client.joinByCode(archivedMentor, finished.id, member.accessToken);
    const waiting = await submit(member.accessToken, steps[0]!);
    expect((await call('POST', `/v1/cohorts/${finished.id}/archive`, { token: archivedMentor })).statusCode).toBe(200);
    const before = await written();

    const reviewed = await review(archivedMentor, waiting.id, { decision: 'approved' });
    const commented = await call('POST', `/v1/submissions/${waiting.id}/comments`, {
      token: archivedMentor,
      body: { body: 'Hi' },
    });
    const resubmitted = await call('POST', submitPath(steps[0]!), {
      token: member.accessToken,
      body: { repositoryUrl: 'https://x.org/a' },
    });
    const queue = await call('GET', `/v1/cohorts/${finished.id}/submissions`, { token: archivedMentor });

    expect([reviewed.statusCode, commented.statusCode, resubmitted.statusCode]).toEqual([409, 409, 409]);
    expect(await written()).toEqual(before);
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json<QueuePage>().items.map((item) => item.id)).toEqual([waiting.id]);
  });
});
