// A mentor's messages to the members of their cohort, through HTTP on a real database (both engines): to one
// member or all, mailed through the outbox and listed on the learner's side with read marks; who may send (only a
// current mentor of the cohort, only to current members, not in an archived cohort) and the hourly cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { cohortsClient } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

const PER_HOUR = 3;

let t: TestApp;
let mentor: string;
let otherMentor: string;
let first: SignedUp;
let second: SignedUp;
let former: SignedUp;
let outsider: SignedUp;
let cohort: Cohort;
beforeAll(async () => {
  t = await createTestApp({ config: { mail: { cohortMessagesPerHour: PER_HOUR } } });
  mentor = await client.mentor();
  otherMentor = await client.mentor();
  [first, second, former, outsider] = [await signUp(t), await signUp(t), await signUp(t), await signUp(t)];
  cohort = await client.createCohort(mentor);
  await client.createCohort(otherMentor, { name: 'Another cohort' });
  for (const learner of [first, second, former]) await client.joinByCode(mentor, cohort.id, learner.accessToken);
  await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: former.accessToken });
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call } = client;

const send = (token: string | undefined, body: unknown, id = cohort.id) =>
  call('POST', `/v1/cohorts/${id}/messages`, { token, body });

interface MessageList {
  unread: number;
  items: { id: string; subject: string; body: string; from: string | null; readAt: string | null }[];
}
const messagesOf = async (token: string, query = '') => {
  const response = await call('GET', `/v1/me/messages${query}`, { token });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MessageList>();
};

/** The messages stored for the cohort, and the cohort-message mails queued: what a refusal must leave unchanged. */
const written = async () => {
  const db = t.database.db;
  const [messages, mails] = await Promise.all([
    db.selectFrom('cohortMessages').select('id').where('cohortId', '=', cohort.id).execute(),
    db.selectFrom('mailOutbox').select('id').where('template', '=', 'cohort-message').execute(),
  ]);
  return { messages: messages.length, mails: mails.length };
};

const mailsTo = async (email: string) => {
  const rows = await t.database.db
    .selectFrom('mailOutbox')
    .select('message')
    .where('template', '=', 'cohort-message')
    .execute();
  return rows.map((row) => row.message as { to: string; subject: string; body: string }).filter((m) => m.to === email);
};

// The cap counts every message this mentor sends to the cohort, so the tests that send run in this order.
describe('sending', () => {
  it('when a mentor writes to the whole cohort, then every current member gets it in the app and by mail', async () => {
    const response = await send(mentor, { subject: 'Week one', body: 'Welcome!\n\nStart with **step one**.' });

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ recipients: 2 });
    for (const learner of [first, second]) {
      expect((await messagesOf(learner.accessToken)).items).toEqual([
        expect.objectContaining({ subject: 'Week one', body: 'Welcome!\n\nStart with **step one**.', readAt: null }),
      ]);
      expect(await mailsTo(learner.email)).toEqual([expect.objectContaining({ subject: 'Week one' })]);
    }
    expect((await messagesOf(former.accessToken)).items).toEqual([]);
    expect(await mailsTo(former.email)).toEqual([]);
  });

  it('when a mentor writes to one member, then only that member gets it, and the audit names them', async () => {
    const response = await send(mentor, { subject: 'Just you', body: 'How is it going?', to: first.id });

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ recipients: 1 });
    expect((await messagesOf(first.accessToken)).items.map((m) => m.subject)).toEqual(['Just you', 'Week one']);
    expect((await messagesOf(second.accessToken)).items.map((m) => m.subject)).toEqual(['Week one']);
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['subjectId'])
      .where('action', '=', 'cohort.message_sent')
      .where((eb) => eb(eb.ref('details', '->>').key('message'), '=', response.json<{ id: string }>().id))
      .execute();
    expect(audit).toEqual([{ subjectId: first.id }]);
  });

  it('when the recipient is a former member or not a member, then a 400 names /to and nothing is written', async () => {
    const before = await written();

    for (const to of [former.id, outsider.id]) {
      const response = await send(mentor, { subject: 'Hi', body: 'Hello', to });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ errors: { pointer: string }[] }>().errors).toEqual([
        expect.objectContaining({ pointer: '/to' }),
      ]);
    }
    expect(await written()).toEqual(before);
  });

  it('when the mentor has sent the most messages allowed in an hour, then a 429 says when to retry', async () => {
    expect((await send(mentor, { subject: 'Third', body: 'Three' })).statusCode).toBe(201);
    const before = await written();

    const response = await send(mentor, { subject: 'Fourth', body: 'Too many' });

    expect(response.statusCode, response.body).toBe(429);
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await written()).toEqual(before);
  });
});

describe('bad input', () => {
  it.each([
    [{ subject: '', body: 'x' }, '/subject'],
    [{ subject: 'x'.repeat(201), body: 'x' }, '/subject'],
    [{ subject: 'x', body: 'x'.repeat(5001) }, '/body'],
    [{ subject: 'x', body: 'x', to: 'nobody' }, '/to'],
    [{ subject: 'x', body: 'x', cc: 'someone' }, '/cc'],
  ])('when the body is %j, then a 400 names %s', async (body, pointer) => {
    const response = await send(otherMentor, body);

    expect(response.statusCode, response.body).toBe(400);
    expect(JSON.stringify(response.json<{ errors: { pointer: string }[] }>().errors)).toContain(pointer);
  });
});

describe('who may send', () => {
  it('when nobody is logged in, then a 401; a learner, even a member, a 403', async () => {
    const body = { subject: 'Hi', body: 'Hello' };
    expect((await send(undefined, body)).statusCode).toBe(401);
    expect((await send(first.accessToken, body)).statusCode).toBe(403);
    expect((await send(outsider.accessToken, body)).statusCode).toBe(403);
  });

  it('when another cohort’s mentor writes, then a 404 as for a cohort that does not exist, and nothing is written', async () => {
    const before = await written();

    const response = await send(otherMentor, { subject: 'Hi', body: 'Hello' });

    expect(response.statusCode, response.body).toBe(404);
    expect(await written()).toEqual(before);
  });

  it('when the cohort is archived, then a 409 and nothing is written', async () => {
    const archivedCohort = await client.createCohort(otherMentor, { name: 'Finished cohort' });
    await client.joinByCode(otherMentor, archivedCohort.id, outsider.accessToken);
    expect((await call('POST', `/v1/cohorts/${archivedCohort.id}/archive`, { token: otherMentor })).statusCode).toBe(
      200,
    );

    const response = await send(otherMentor, { subject: 'Hi', body: 'Hello' }, archivedCohort.id);

    expect(response.statusCode, response.body).toBe(409);
    expect((await messagesOf(outsider.accessToken)).items).toEqual([]);
  });
});

describe('the learner’s messages', () => {
  it('when a learner marks a message read, then it is read, the unread count drops, and again changes nothing', async () => {
    const before = await messagesOf(second.accessToken);
    const [message] = before.items;

    const response = await call('PUT', `/v1/me/messages/${message!.id}/read`, { token: second.accessToken });
    const after = await messagesOf(second.accessToken);
    await call('PUT', `/v1/me/messages/${message!.id}/read`, { token: second.accessToken });
    const again = await messagesOf(second.accessToken);

    expect(response.statusCode, response.body).toBe(204);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items[0]!.readAt).not.toBeNull();
    expect(again.items[0]!.readAt).toBe(after.items[0]!.readAt);
    const unread = (await messagesOf(second.accessToken, '?unread=true')).items.map((m) => m.id);
    expect(unread).toHaveLength(after.unread);
    expect(unread).not.toContain(message!.id);
  });

  it('when a learner marks someone else’s message read, then a 404 and it stays unread for its recipient', async () => {
    const [message] = (await messagesOf(first.accessToken, '?unread=true')).items;

    const response = await call('PUT', `/v1/me/messages/${message!.id}/read`, { token: outsider.accessToken });

    expect(response.statusCode, response.body).toBe(404);
    expect((await messagesOf(first.accessToken)).items.find((m) => m.id === message!.id)?.readAt).toBeNull();
  });

  it('when nobody is logged in, then the learner’s routes are a 401', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await call('GET', '/v1/me/messages')).statusCode).toBe(401);
    expect((await call('PUT', `/v1/me/messages/${id}/read`)).statusCode).toBe(401);
  });
});
