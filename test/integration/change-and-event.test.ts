// Following a roadmap and its activity event are one write (issue 13): when the event cannot be written, the
// follow (or the stop) is rolled back too. The test database rejects the event with a trigger of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { whileInsertRejected } from '../support/rejected-insert.ts';

let t: TestApp;
const BASE = '/v1/me/roadmaps/backend-developer';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const call = (token: string, method: 'PUT' | 'DELETE', payload?: object) =>
  t.app.inject({ method, url: BASE, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

const follow = (token: string) => call(token, 'PUT', { hoursPerWeek: 10, startDate: '2026-12-01' });

/** Runs `act` while the database refuses progress events of `kind`. */
const whileEventRejected = <T>(kind: string, act: () => Promise<T>) =>
  whileInsertRejected(t.database.db, { table: 'progressEvents', column: 'kind', value: kind }, act);

const followRow = (userId: string) =>
  t.database.db.selectFrom('roadmapFollows').select('stoppedAt').where('userId', '=', userId).executeTakeFirst();

const events = async (userId: string, kind: 'followed' | 'stopped') =>
  (
    await t.database.db
      .selectFrom('progressEvents')
      .select('id')
      .where('userId', '=', userId)
      .where('kind', '=', kind)
      .execute()
  ).length;

describe('a follow and its activity event', () => {
  it('when the event of a follow fails, then the roadmap is not followed; otherwise both are written', async () => {
    const learner = await signUp(t);

    const failed = await whileEventRejected('followed', () => follow(learner.accessToken));

    expect(failed.statusCode).toBe(500);
    expect(await followRow(learner.id)).toBeUndefined();
    expect(await events(learner.id, 'followed')).toBe(0);
    expect((await follow(learner.accessToken)).statusCode).toBe(200);
    expect(await followRow(learner.id)).toEqual({ stoppedAt: null });
    expect(await events(learner.id, 'followed')).toBe(1);
  });

  it('when the event of a stop fails, then the roadmap is still followed', async () => {
    const learner = await signUp(t);
    await follow(learner.accessToken);

    const failed = await whileEventRejected('stopped', () => call(learner.accessToken, 'DELETE'));

    expect(failed.statusCode).toBe(500);
    expect(await followRow(learner.id)).toEqual({ stoppedAt: null });
    expect(await events(learner.id, 'stopped')).toBe(0);
    expect((await call(learner.accessToken, 'DELETE')).statusCode).toBe(204);
    expect((await followRow(learner.id))?.stoppedAt).not.toBeNull();
    expect(await events(learner.id, 'stopped')).toBe(1);
  });
});
