// Calling the cohorts API for the tests of cohorts (test/integration/cohorts*.test.ts): making a cohort as a mentor,
// getting learners into it, marking their steps, and reading what the database holds about it.
import { expect } from 'vitest';
import type { Cohort, MyCohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import { signUp } from './accounts.ts';
import { draftsClient } from './drafts.ts';
import type { TestApp } from './harness.ts';

export const ROADMAP = 'backend-developer';

export const cohortsClient = (app: () => TestApp) => {
  const { call } = draftsClient(app, () => '');

  const mentor = async () => (await signUp(app(), { role: 'mentor' })).accessToken;
  const learner = () => signUp(app());

  /** A cohort of the Backend roadmap made by `token` (checked to be a 201). */
  const createCohort = async (token: string, overrides: Record<string, unknown> = {}) => {
    const response = await call('POST', '/v1/cohorts', {
      token,
      body: { roadmap: ROADMAP, name: 'Spring cohort', startDate: '2026-03-02', hoursPerWeek: 10, ...overrides },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Cohort>();
  };

  /** Turns the join code on and joins with it as `learnerToken`. */
  const joinByCode = async (mentorToken: string, cohortId: string, learnerToken: string) => {
    const code = await call('POST', `/v1/cohorts/${cohortId}/join-code`, { token: mentorToken });
    const joined = await call('POST', '/v1/me/cohorts/join', {
      token: learnerToken,
      body: { code: code.json<{ joinCode: string }>().joinCode },
    });
    expect(joined.statusCode, joined.body).toBe(200);
    return joined.json<MyCohort>();
  };

  const setStep = async (token: string, stepId: string, status: string, slug = ROADMAP) => {
    const response = await call('PUT', `/v1/me/roadmaps/${slug}/steps/${stepId}`, { token, body: { status } });
    expect(response.statusCode, response.body).toBe(200);
  };

  /** The token mailed in the latest invite to `email`, read from the outbox before it is sent. */
  const invitedToken = async (email: string) => {
    const rows = await app()
      .database.db.selectFrom('mailOutbox')
      .select('message')
      .where('template', '=', 'cohort-invite')
      .orderBy('queuedAt', 'desc')
      .execute();
    const message = rows.map((row) => row.message as { to: string; token: string }).find((m) => m?.to === email);
    if (message === undefined) throw new Error(`no invite queued for ${email}`);
    return message.token;
  };

  /** Rows of the cohort's tables and its audit entries: what a refused request must leave unchanged. */
  const snapshot = async (cohortId: string) => {
    const db = app().database.db;
    const [cohort, stages, mentors, members, invites, audit] = await Promise.all([
      db.selectFrom('cohorts').selectAll().where('id', '=', cohortId).execute(),
      db.selectFrom('cohortStages').selectAll().where('cohortId', '=', cohortId).orderBy('position').execute(),
      db.selectFrom('cohortMentors').selectAll().where('cohortId', '=', cohortId).orderBy('userId').execute(),
      db.selectFrom('cohortMembers').selectAll().where('cohortId', '=', cohortId).orderBy('userId').execute(),
      db.selectFrom('cohortInvites').selectAll().where('cohortId', '=', cohortId).orderBy('id').execute(),
      db
        .selectFrom('auditLog')
        .select(['action', 'subjectId'])
        .where((eb) => eb(eb.ref('details', '->>').key('cohort'), '=', cohortId))
        .orderBy('id')
        .execute(),
    ]);
    return { cohort, stages, mentors, members, invites, audit };
  };

  return { call, mentor, learner, createCohort, joinByCode, setStep, invitedToken, snapshot };
};
