// Privacy by construction, through HTTP on a real database (both engines): every cohort route tried as an anonymous
// caller, a learner, the mentor of another cohort, an admin who does not mentor it, and a former member. None of
// them learns that the cohort exists (404, the same as for an id nobody has), and none of their tries writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { cohortsClient } from '../support/cohorts.ts';
import type { Method } from '../support/drafts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let mentor: string;
let otherMentor: string;
let admin: string;
let member: SignedUp;
let former: SignedUp;
let outsider: SignedUp;
let cohort: Cohort;
let othersCohort: Cohort;
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  otherMentor = await client.mentor();
  admin = (await signUp(t, { role: 'admin' })).accessToken;
  [member, former, outsider] = [await signUp(t), await signUp(t), await signUp(t)];
  cohort = await client.createCohort(mentor);
  othersCohort = await client.createCohort(otherMentor, { name: 'Another cohort' });
  await client.joinByCode(mentor, cohort.id, member.accessToken);
  await client.joinByCode(mentor, cohort.id, former.accessToken);
  await call('DELETE', `/v1/me/cohorts/${cohort.id}`, { token: former.accessToken });
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call, snapshot } = client;
const NOBODYS = '00000000-0000-4000-8000-000000000000';

/** Every mentor route, for a cohort id. */
const mentorRoutes = (id: string): [Method, string, unknown?][] => [
  ['GET', `/v1/cohorts/${id}`],
  ['PATCH', `/v1/cohorts/${id}/schedule`, { stages: [{ month: 1, dueOn: '2026-04-30' }] }],
  ['POST', `/v1/cohorts/${id}/mentors`, { email: 'someone@example.org' }],
  ['POST', `/v1/cohorts/${id}/invites`, { emails: ['someone@example.org'] }],
  ['POST', `/v1/cohorts/${id}/join-code`],
  ['DELETE', `/v1/cohorts/${id}/join-code`],
  ['POST', `/v1/cohorts/${id}/archive`],
  ['GET', `/v1/cohorts/${id}/members`],
  ['GET', `/v1/cohorts/${id}/members?sort=name&status=behind`],
  ['GET', `/v1/cohorts/${id}/members.csv`],
  ['GET', `/v1/cohorts/${id}/dashboard`],
  ['GET', `/v1/cohorts/${id}/activity`],
];
/** Every route a member uses on a cohort they belong to. */
const memberRoutes = (id: string): [Method, string][] => [
  ['GET', `/v1/me/cohorts/${id}`],
  ['GET', `/v1/me/cohorts/${id}/what-mentors-see`],
  ['DELETE', `/v1/me/cohorts/${id}`],
];

const statusesOf = async (token: string | undefined, routes: [Method, string, unknown?][]) =>
  Promise.all(routes.map(async ([method, url, body]) => (await call(method, url, { token, body })).statusCode));

describe('the mentors’ routes', () => {
  it('when called without a login, then every one is a 401', async () => {
    const statuses = await statusesOf(undefined, [
      ['POST', '/v1/cohorts', {}],
      ['GET', '/v1/cohorts'],
      ...mentorRoutes(cohort.id),
    ]);

    expect(new Set(statuses)).toEqual(new Set([401]));
  });

  it('when called by a learner, even a member or a former member, then every one is a 403', async () => {
    const routes: [Method, string, unknown?][] = [
      ['POST', '/v1/cohorts', {}],
      ['GET', '/v1/cohorts'],
      ...mentorRoutes(cohort.id),
    ];
    const statuses = [
      ...(await statusesOf(member.accessToken, routes)),
      ...(await statusesOf(former.accessToken, routes)),
      ...(await statusesOf(outsider.accessToken, routes)),
    ];

    expect(new Set(statuses)).toEqual(new Set([403]));
  });

  it.each([
    ['the mentor of another cohort', () => otherMentor],
    ['an admin who does not mentor it', () => admin],
  ])(
    'when called by %s, then every one is a 404, as for an id nobody has, and nothing changes',
    async (_who, token) => {
      const before = await snapshot(cohort.id);

      const theirs = await statusesOf(token(), mentorRoutes(cohort.id));
      const nobodys = await statusesOf(token(), mentorRoutes(NOBODYS));
      const list = (await call('GET', '/v1/cohorts', { token: token() })).json<{ items: Cohort[] }>();

      expect(new Set(theirs)).toEqual(new Set([404]));
      expect(nobodys).toEqual(theirs);
      expect(list.items.map((item) => item.id)).not.toContain(cohort.id);
      expect(await snapshot(cohort.id)).toEqual(before);
    },
  );

  it('when one mentor lists their members, then members of their other cohorts and of others’ cohorts are not there', async () => {
    const elsewhere = await signUp(t);
    await client.joinByCode(otherMentor, othersCohort.id, elsewhere.accessToken);

    const mine = (await call('GET', `/v1/cohorts/${cohort.id}/members`, { token: mentor })).json<{
      items: { userId: string }[];
    }>();

    expect(mine.items.map((item) => item.userId)).toEqual([member.id]);
  });

  it('when a member of another cohort works on the same roadmap, then the dashboard, activity and CSV show none of it', async () => {
    const elsewhere = await signUp(t, { displayName: 'Someone Elsewhere' });
    await client.joinByCode(otherMentor, othersCohort.id, elsewhere.accessToken);
    const steps = (await call('GET', `/v1/roadmaps/${cohort.roadmap.slug}`)).json<{
      tiers: { steps: { id: string }[] }[];
    }>().tiers[0]!.steps;
    await client.setStep(elsewhere.accessToken, steps[0]!.id, 'in_progress');

    const bodies = await Promise.all(
      ['dashboard', 'activity', 'members.csv'].map(
        async (part) => (await call('GET', `/v1/cohorts/${cohort.id}/${part}`, { token: mentor })).body,
      ),
    );
    const dashboard = JSON.parse(bodies[0]!) as { members: { total: number }; stalls: { slow: unknown[] } };

    for (const body of bodies) expect(body).not.toMatch(new RegExp(`${elsewhere.id}|Someone Elsewhere`));
    expect(dashboard.members.total).toBe(1);
    expect(dashboard.stalls.slow).toEqual([]);
  });
});

describe('the members’ routes', () => {
  it('when called without a login, then every one is a 401', async () => {
    const statuses = await statusesOf(undefined, [
      ['GET', '/v1/me/cohorts'],
      ['POST', '/v1/me/cohorts/join', { code: 'ABCDEFGHJK' }],
      ['POST', '/v1/me/cohorts/accept-invite', { token: 'x' }],
      ...memberRoutes(cohort.id),
    ]);

    expect(new Set(statuses)).toEqual(new Set([401]));
  });

  it.each([
    ['a former member', () => former.accessToken],
    ['someone who never joined', () => outsider.accessToken],
    ['the cohort’s own mentor', () => mentor],
  ])(
    'when called by %s, then every one is a 404, as for an id nobody has, and nothing changes',
    async (_who, token) => {
      const before = await snapshot(cohort.id);

      const theirs = await statusesOf(token(), memberRoutes(cohort.id));
      const nobodys = await statusesOf(token(), memberRoutes(NOBODYS));

      expect(new Set(theirs)).toEqual(new Set([404]));
      expect(nobodys).toEqual(theirs);
      expect(await snapshot(cohort.id)).toEqual(before);
    },
  );

  it('when a former member lists their cohorts, then the one they left is not there', async () => {
    const items = (await call('GET', '/v1/me/cohorts', { token: former.accessToken })).json<{ items: unknown[] }>()
      .items;

    expect(items).toEqual([]);
  });

  it('when a member reads their cohort, then the mentors’ join code and the other members are not in it', async () => {
    const code = (await call('GET', `/v1/cohorts/${cohort.id}`, { token: mentor })).json<Cohort>().joinCode!;

    const mine = await call('GET', `/v1/me/cohorts/${cohort.id}`, { token: member.accessToken });

    expect(mine.statusCode).toBe(200);
    expect(mine.body).not.toContain(code);
    expect(mine.body).not.toContain(former.id);
    expect(mine.json()).not.toHaveProperty('members');
  });
});

describe('ids that are not ids', () => {
  it('when the cohort id is not a UUID, then a 400 names it', async () => {
    const asMentor = await call('GET', '/v1/cohorts/not-a-uuid', { token: mentor });
    const asMember = await call('GET', '/v1/me/cohorts/not-a-uuid', { token: member.accessToken });

    expect([asMentor.statusCode, asMember.statusCode]).toEqual([400, 400]);
    expect(JSON.stringify(asMentor.json())).toContain('/id');
  });
});
