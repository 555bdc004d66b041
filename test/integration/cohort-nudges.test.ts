// The rules of a cohort's automatic nudges and each member's choice to get them, through HTTP on a real database
// (both engines): who may read and change them (only a current mentor of the cohort; only a current member for the
// choice), bad input, archived cohorts, and the audit entries. The job that sends nudges: cohort-nudges-job.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { cohortsClient } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let mentor: string;
let otherMentor: string;
let admin: string;
let member: SignedUp;
let former: SignedUp;
let outsider: SignedUp;
let cohort: Cohort;
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  otherMentor = await client.mentor();
  admin = (await signUp(t, { role: 'admin' })).accessToken;
  [member, former, outsider] = [await signUp(t), await signUp(t), await signUp(t)];
  cohort = await client.createCohort(mentor);
  await client.createCohort(otherMentor, { name: 'Another cohort' });
  for (const learner of [member, former]) await client.joinByCode(mentor, cohort.id, learner.accessToken);
  await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: former.accessToken });
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call } = client;

const RULES = { behind: { enabled: true, days: 10 }, inactive: { enabled: false, days: 21 } };
const rulesPath = (id = cohort.id) => `/v1/cohorts/${id}/nudges`;
const minePath = (id = cohort.id) => `/v1/me/cohorts/${id}/nudges`;

/** The rules, opt-outs and nudge audit entries stored: what a refusal must leave unchanged. */
const written = async () => {
  const db = t.database.db;
  const [rules, optOuts, audit] = await Promise.all([
    db.selectFrom('cohortNudgeRules').selectAll().orderBy('cohortId').execute(),
    db.selectFrom('cohortNudgeOptOuts').selectAll().orderBy('userId').execute(),
    db.selectFrom('auditLog').select('action').where('action', 'like', 'cohort.nudge%').execute(),
  ]);
  return { rules, optOuts, audit: audit.length };
};

describe('the mentors’ rules', () => {
  it('when nobody set them, then both rules are off, with the days the form starts from', async () => {
    const response = await call('GET', rulesPath(), { token: mentor });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ behind: { enabled: false, days: 7 }, inactive: { enabled: false, days: 14 } });
  });

  it('when a mentor sets them, then they are read back, audited, and the members see them', async () => {
    const response = await call('PUT', rulesPath(), { token: mentor, body: RULES });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual(RULES);
    expect((await call('GET', rulesPath(), { token: mentor })).json()).toEqual(RULES);
    expect((await call('GET', minePath(), { token: member.accessToken })).json()).toEqual({
      enabled: true,
      rules: RULES,
    });
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['details'])
      .where('action', '=', 'cohort.nudges_changed')
      .execute();
    expect(audit).toEqual([{ details: { cohort: cohort.id, ...RULES } }]);
  });

  it.each([
    [{ ...RULES, behind: { enabled: true, days: 0 } }, '/behind/days'],
    [{ ...RULES, behind: { enabled: true, days: 61 } }, '/behind/days'],
    [{ ...RULES, inactive: { enabled: true, days: 91 } }, '/inactive/days'],
    [{ ...RULES, inactive: { enabled: true, days: 2.5 } }, '/inactive/days'],
    [{ ...RULES, inactive: { enabled: 'yes', days: 3 } }, '/inactive/enabled'],
    [{ behind: RULES.behind }, '/inactive'],
    [{ ...RULES, weekly: true }, '/weekly'],
  ])('when the rules are %j, then a 400 names %s and nothing is written', async (body, pointer) => {
    const before = await written();

    const response = await call('PUT', rulesPath(), { token: mentor, body });

    expect(response.statusCode, response.body).toBe(400);
    expect(JSON.stringify(response.json<{ errors: { pointer: string }[] }>().errors)).toContain(pointer);
    expect(await written()).toEqual(before);
  });

  it('when nobody is logged in, then a 401; a learner, even a member, a 403', async () => {
    for (const method of ['GET', 'PUT'] as const) {
      expect((await call(method, rulesPath(), { body: RULES })).statusCode).toBe(401);
      expect((await call(method, rulesPath(), { token: member.accessToken, body: RULES })).statusCode).toBe(403);
    }
  });

  it.each([
    ['another cohort’s mentor', () => otherMentor],
    ['an admin who does not mentor it', () => admin],
  ])('when %s asks, then a 404 as for a cohort that does not exist, and nothing is written', async (_, token) => {
    const before = await written();

    const read = await call('GET', rulesPath(), { token: token() });
    const change = await call('PUT', rulesPath(), { token: token(), body: RULES });
    const unknown = await call('PUT', rulesPath('00000000-0000-4000-8000-000000000000'), {
      token: mentor,
      body: RULES,
    });

    expect([read.statusCode, change.statusCode, unknown.statusCode]).toEqual([404, 404, 404]);
    expect(await written()).toEqual(before);
  });

  it('when the cohort is archived, then its rules can be read but not changed (409)', async () => {
    const finished = await client.createCohort(otherMentor, { name: 'Finished cohort' });
    expect((await call('POST', `/v1/cohorts/${finished.id}/archive`, { token: otherMentor })).statusCode).toBe(200);
    const before = await written();

    const change = await call('PUT', rulesPath(finished.id), { token: otherMentor, body: RULES });

    expect(change.statusCode, change.body).toBe(409);
    expect((await call('GET', rulesPath(finished.id), { token: otherMentor })).statusCode).toBe(200);
    expect(await written()).toEqual(before);
  });
});

describe('the member’s choice', () => {
  it('when a member turns nudges off and on again, then each change is kept and audited once', async () => {
    const off = await call('PUT', minePath(), { token: member.accessToken, body: { enabled: false } });
    const offAgain = await call('PUT', minePath(), { token: member.accessToken, body: { enabled: false } });
    const read = await call('GET', minePath(), { token: member.accessToken });
    const on = await call('PUT', minePath(), { token: member.accessToken, body: { enabled: true } });

    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ enabled: false });
    expect(offAgain.json()).toMatchObject({ enabled: false });
    expect(read.json()).toMatchObject({ enabled: false });
    expect(on.json()).toMatchObject({ enabled: true });
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['subjectId', 'details'])
      .where('action', '=', 'cohort.nudges_preference_changed')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { subjectId: member.id, details: { cohort: cohort.id, enabled: false } },
      { subjectId: member.id, details: { cohort: cohort.id, enabled: true } },
    ]);
  });

  it('when a former member or an outsider asks, then a 404 and nothing is written', async () => {
    const before = await written();

    for (const learner of [former, outsider]) {
      expect((await call('GET', minePath(), { token: learner.accessToken })).statusCode).toBe(404);
      const change = await call('PUT', minePath(), { token: learner.accessToken, body: { enabled: false } });
      expect(change.statusCode, change.body).toBe(404);
    }
    expect(await written()).toEqual(before);
  });

  it('when nobody is logged in, then a 401; when the body is wrong, then a 400 naming /enabled', async () => {
    expect((await call('GET', minePath())).statusCode).toBe(401);
    expect((await call('PUT', minePath(), { body: { enabled: false } })).statusCode).toBe(401);
    const bad = await call('PUT', minePath(), { token: member.accessToken, body: { enabled: 'no' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json<{ errors: unknown[] }>().errors)).toContain('/enabled');
  });
});
