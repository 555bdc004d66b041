// Getting into a cohort and out of it, through HTTP on a real database (both engines): mailed single-use invites,
// the join code a mentor turns on, off and renews, the learner's list of cohorts, and leaving. A refused join
// writes nothing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort, MyCohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import { hashOpaqueToken } from '../../src/modules/auth/tokens.ts';
import { signUp } from '../support/accounts.ts';
import { cohortsClient } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let mentor: string;
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call, createCohort, joinByCode, invitedToken, snapshot } = client;

const myCohorts = async (token: string) =>
  (await call('GET', '/v1/me/cohorts', { token })).json<{ items: MyCohort[] }>().items;
const accept = (token: string, inviteToken: string) =>
  call('POST', '/v1/me/cohorts/accept-invite', { token, body: { token: inviteToken } });

describe('invites by email', () => {
  it('when a mentor invites an address, then a mail with a single-use link is queued and only its hash is kept', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);

    const invited = await call('POST', `/v1/cohorts/${cohort.id}/invites`, {
      token: mentor,
      body: { emails: [learner.email, 'someone-else@example.org'] },
    });
    const token = await invitedToken(learner.email);
    const joined = await accept(learner.accessToken, token);
    const rows = (await snapshot(cohort.id)).invites;

    expect(invited.statusCode, invited.body).toBe(202);
    expect(invited.json()).toMatchObject({ invited: 2 });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json<MyCohort>()).toMatchObject({ id: cohort.id, name: cohort.name, stages: cohort.stages });
    expect(rows.map((row) => row.tokenHash)).toContain(hashOpaqueToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.find((row) => row.tokenHash === hashOpaqueToken(token))).toMatchObject({ usedBy: learner.id });
    expect((await snapshot(cohort.id)).audit.map((entry) => entry.action)).toEqual([
      'cohort.created',
      'cohort.invited',
      'cohort.joined',
    ]);
  });

  it('when an invite is used a second time, by anyone, then a 400 names /token and nothing is written', async () => {
    const first = await signUp(t);
    const second = await signUp(t);
    const cohort = await createCohort(mentor);
    await call('POST', `/v1/cohorts/${cohort.id}/invites`, { token: mentor, body: { emails: [first.email] } });
    const token = await invitedToken(first.email);
    await accept(first.accessToken, token);
    const before = await snapshot(cohort.id);

    const again = await accept(second.accessToken, token);

    expect(again.statusCode).toBe(400);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(again.json())).toContain('/token');
    expect(await snapshot(cohort.id)).toEqual(before);
    expect(await myCohorts(second.accessToken)).toEqual([]);
  });

  it('when an invite has expired, or was never sent, then a 400 and the learner is not a member', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    await call('POST', `/v1/cohorts/${cohort.id}/invites`, { token: mentor, body: { emails: [learner.email] } });
    const token = await invitedToken(learner.email);
    await t.database.db
      .updateTable('cohortInvites')
      .set({ expiresAt: sql<Date>`now() - interval '1 minute'` })
      .where('cohortId', '=', cohort.id)
      .execute();
    const before = await snapshot(cohort.id);

    const expired = await accept(learner.accessToken, token);
    const unknown = await accept(learner.accessToken, 'not-a-token-anyone-was-sent');

    expect([expired.statusCode, unknown.statusCode]).toEqual([400, 400]);
    expect(await snapshot(cohort.id)).toEqual(before);
  });

  it('when the cohort was archived after the invite was mailed, then a 409, and the invite is not spent', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    await call('POST', `/v1/cohorts/${cohort.id}/invites`, { token: mentor, body: { emails: [learner.email] } });
    await call('POST', `/v1/cohorts/${cohort.id}/archive`, { token: mentor });
    const before = await snapshot(cohort.id);

    const response = await accept(learner.accessToken, await invitedToken(learner.email));

    expect(response.statusCode).toBe(409);
    expect(await snapshot(cohort.id)).toEqual(before);
  });

  it.each([[{ emails: [] }], [{ emails: ['not an address'] }], [{ emails: ['a@example.org', 'a@example.org'] }]])(
    'when the invite body is %j, then a 400 and no invite is made',
    async (body) => {
      const cohort = await createCohort(mentor);

      const response = await call('POST', `/v1/cohorts/${cohort.id}/invites`, { token: mentor, body });

      expect(response.statusCode).toBe(400);
      expect((await snapshot(cohort.id)).invites).toEqual([]);
    },
  );
});

describe('the join code', () => {
  it('when a mentor renews the code, then the old one stops working and the new one joins', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    const first = (await call('POST', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor })).json<{
      joinCode: string;
    }>();
    const second = (await call('POST', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor })).json<{
      joinCode: string;
    }>();

    const withOld = await call('POST', '/v1/me/cohorts/join', {
      token: learner.accessToken,
      body: { code: first.joinCode },
    });
    const withNew = await call('POST', '/v1/me/cohorts/join', {
      token: learner.accessToken,
      body: { code: second.joinCode.toLowerCase() },
    });

    expect(first.joinCode).toMatch(/^[A-Z2-9]{10}$/);
    expect(second.joinCode).not.toBe(first.joinCode);
    expect(withOld.statusCode).toBe(400);
    expect(JSON.stringify(withOld.json())).toContain('/code');
    expect(withNew.statusCode, withNew.body).toBe(200);
    expect((await call('GET', `/v1/cohorts/${cohort.id}`, { token: mentor })).json<Cohort>()).toMatchObject({
      joinCode: second.joinCode,
      members: 1,
    });
  });

  it('when a mentor turns the code off, then joining with it is a 400 and writes nothing', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    const { joinCode } = (await call('POST', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor })).json<{
      joinCode: string;
    }>();

    const off = await call('DELETE', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor });
    const before = await snapshot(cohort.id);
    const join = await call('POST', '/v1/me/cohorts/join', { token: learner.accessToken, body: { code: joinCode } });

    expect(off.json()).toEqual({ joinCode: null });
    expect(join.statusCode).toBe(400);
    expect(await snapshot(cohort.id)).toEqual(before);
  });

  it('when the code is malformed, then a 400 names /code', async () => {
    const learner = await signUp(t);

    const response = await call('POST', '/v1/me/cohorts/join', { token: learner.accessToken, body: { code: 'O0I1' } });

    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('/code');
  });

  it('when a mentor joins their own cohort by its code, then a 409 and they are not a member', async () => {
    const cohort = await createCohort(mentor);

    const { joinCode } = (await call('POST', `/v1/cohorts/${cohort.id}/join-code`, { token: mentor })).json<{
      joinCode: string;
    }>();
    const response = await call('POST', '/v1/me/cohorts/join', { token: mentor, body: { code: joinCode } });

    expect(response.statusCode).toBe(409);
    expect((await snapshot(cohort.id)).members).toEqual([]);
  });
});

describe('a learner’s cohorts', () => {
  it('when a learner is in two cohorts, then both are listed with their due dates', async () => {
    const learner = await signUp(t);
    const spring = await createCohort(mentor, { name: 'Spring' });
    const autumn = await createCohort(mentor, { name: 'Autumn', startDate: '2026-09-07', hoursPerWeek: 20 });
    await joinByCode(mentor, spring.id, learner.accessToken);
    await joinByCode(mentor, autumn.id, learner.accessToken);

    const items = await myCohorts(learner.accessToken);

    expect(items.map((item) => item.name).sort()).toEqual(['Autumn', 'Spring']);
    expect(items.find((item) => item.id === autumn.id)?.stages).toEqual(autumn.stages);
  });

  it('when a learner joins twice, then they are one member and one audit entry', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    await joinByCode(mentor, cohort.id, learner.accessToken);
    const { joinCode } = (await call('GET', `/v1/cohorts/${cohort.id}`, { token: mentor })).json<Cohort>();

    const again = await call('POST', '/v1/me/cohorts/join', { token: learner.accessToken, body: { code: joinCode } });

    expect(again.statusCode).toBe(200);
    const after = await snapshot(cohort.id);
    expect(after.members).toHaveLength(1);
    expect(after.audit.filter((entry) => entry.action === 'cohort.joined')).toHaveLength(1);
  });

  it('when a learner leaves, then the cohort is gone from their list, and they can come back', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    await joinByCode(mentor, cohort.id, learner.accessToken);

    const left = await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: learner.accessToken });
    const leftAgain = await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: learner.accessToken });
    const listAfterLeaving = await myCohorts(learner.accessToken);
    await joinByCode(mentor, cohort.id, learner.accessToken);

    expect(left.statusCode).toBe(204);
    expect(leftAgain.statusCode).toBe(404);
    expect(listAfterLeaving).toEqual([]);
    expect((await myCohorts(learner.accessToken)).map((item) => item.id)).toEqual([cohort.id]);
    expect((await snapshot(cohort.id)).audit.map((entry) => entry.action)).toContain('cohort.left');
  });

  it('when the cohort is archived, then a member can still leave', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    await joinByCode(mentor, cohort.id, learner.accessToken);
    await call('POST', `/v1/cohorts/${cohort.id}/archive`, { token: mentor });

    const left = await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: learner.accessToken });

    expect(left.statusCode).toBe(204);
    expect((await call('GET', `/v1/cohorts/${cohort.id}`, { token: mentor })).json<Cohort>().members).toBe(0);
  });
});

describe('due dates in the learner’s plan', () => {
  it('when a member follows the roadmap, then their plan and calendar show the cohort’s due dates, until they leave', async () => {
    const learner = await signUp(t);
    const cohort = await createCohort(mentor);
    await joinByCode(mentor, cohort.id, learner.accessToken);
    await call('PUT', `/v1/me/roadmaps/${cohort.roadmap.slug}`, {
      token: learner.accessToken,
      body: { hoursPerWeek: 5, startDate: '2026-01-05' },
    });
    const plan = () => call('GET', `/v1/me/roadmaps/${cohort.roadmap.slug}/plan`, { token: learner.accessToken });

    const whileMember = await plan();
    const calendar = await call('GET', `/v1/me/roadmaps/${cohort.roadmap.slug}/plan.ics`, {
      token: learner.accessToken,
    });
    await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: learner.accessToken });
    const afterLeaving = await plan();

    expect(whileMember.statusCode, whileMember.body).toBe(200);
    expect(whileMember.json()).toMatchObject({
      startDate: '2026-01-05',
      cohorts: [
        {
          id: cohort.id,
          name: cohort.name,
          stages: cohort.stages.map((stage) => ({ month: stage.month, dueOn: stage.dueOn })),
        },
      ],
    });
    expect(afterLeaving.json()).toMatchObject({ cohorts: [] });
    const unfolded = calendar.body.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:cohort-${cohort.id}-1@`);
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${cohort.stages[0]!.dueOn.replaceAll('-', '')}`);
    expect(unfolded).toContain(`SUMMARY:Due in ${cohort.name}: ${cohort.stages[0]!.title}`);
  });
});
