// The members' table of the mentor's dashboard, through HTTP on a real database (both engines): filtering by status
// and by name, sorting, paging a sorted list, and the same table as CSV, safe to open in a spreadsheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberProgress } from '../../src/modules/cohorts/cohorts.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { cohortsClient, ROADMAP } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let mentor: string;
let steps: { id: string }[];
let cohortId: string;
/** A display name a spreadsheet would run as a formula. */
const FORMULA = '=HYPERLINK("http://evil.example","100% done")';
let people: Record<'ada' | 'grace' | 'linus' | 'margaret', SignedUp>;
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  const roadmap = (await t.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<RoadmapDocument>();
  steps = roadmap.tiers.flatMap((tier) => tier.steps);
  // A schedule that is half way through today: members can be ahead, on track or behind.
  const start = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
  const cohort = await client.createCohort(mentor, { startDate: start, hoursPerWeek: 5 });
  cohortId = cohort.id;
  people = {
    ada: await signUp(t, { displayName: 'Ada Lovelace' }),
    grace: await signUp(t, { displayName: 'grace hopper' }),
    linus: await signUp(t, { displayName: FORMULA }),
    margaret: await signUp(t, { displayName: 'Margaret, "Maggie" Hamilton' }),
  };
  for (const person of Object.values(people)) await client.joinByCode(mentor, cohortId, person.accessToken);
  for (const step of steps) await client.setStep(people.ada.accessToken, step.id, 'done');
  await client.setStep(people.grace.accessToken, steps[0]!.id, 'in_progress');
  await client.setStep(people.margaret.accessToken, steps[0]!.id, 'done');
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const namesOf = async (query: string) => {
  const response = await client.call('GET', `/v1/cohorts/${cohortId}/members?${query}`, { token: mentor });
  expect(response.statusCode, response.body).toBe(200);
  const page = response.json<{ items: MemberProgress[]; nextCursor: string | null }>();
  return { names: page.items.map((item) => item.displayName), nextCursor: page.nextCursor };
};

describe('filtering the members', () => {
  it('when filtered by status, then only members with that status are listed', async () => {
    const ahead = await namesOf('status=ahead');
    const behind = await namesOf('status=behind');
    const notStarted = await namesOf('status=not_started');

    expect(ahead.names).toEqual(['Ada Lovelace']);
    expect(behind.names).toHaveLength(3);
    expect(behind.names).not.toContain('Ada Lovelace');
    expect(notStarted.names).toEqual([FORMULA]);
  });

  it('when searched by part of a name in another case, then the members whose name has it are listed', async () => {
    expect((await namesOf('search=HOP')).names).toEqual(['grace hopper']);
    expect((await namesOf('search=CE')).names).toEqual(['Ada Lovelace', 'grace hopper']);
  });

  it('when the search holds % or _, then they match themselves, not anything', async () => {
    expect((await namesOf('search=%25')).names).toEqual([FORMULA]);
    expect((await namesOf('search=_')).names).toEqual([]);
  });
});

describe('sorting the members', () => {
  it('when sorted by name either way, then the order ignores case', async () => {
    const ascending = await namesOf('sort=name');
    const descending = await namesOf('sort=name&order=desc');

    expect(ascending.names).toEqual([FORMULA, 'Ada Lovelace', 'grace hopper', 'Margaret, "Maggie" Hamilton']);
    expect(descending.names).toEqual([...ascending.names].reverse());
  });

  it('when sorted by schedule, then the most behind comes first and the most ahead last', async () => {
    const { names } = await namesOf('sort=schedule');

    // The two who have done nothing are equally behind.
    expect(names.slice(0, 2).sort()).toEqual([FORMULA, 'grace hopper']);
    expect(names.slice(2)).toEqual(['Margaret, "Maggie" Hamilton', 'Ada Lovelace']);
  });

  it('when a sorted list fills more than a page, then the pages follow one another without gaps or repeats', async () => {
    const all = await namesOf('sort=progress&order=desc');
    const first = await namesOf('sort=progress&order=desc&limit=3');
    const second = await namesOf(`sort=progress&order=desc&limit=3&cursor=${first.nextCursor}`);

    expect(all.names[0]).toBe('Ada Lovelace');
    expect([...first.names, ...second.names]).toEqual(all.names);
    expect(second.nextCursor).toBeNull();
  });

  it('when a cursor of the joining order is used with another sort, then a 400 names it', async () => {
    const joined = await namesOf('limit=1');

    const response = await client.call('GET', `/v1/cohorts/${cohortId}/members?sort=name&cursor=${joined.nextCursor}`, {
      token: mentor,
    });

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('/cursor');
  });

  it.each(['sort=age', 'status=stuck', 'order=up', 'search='])(
    'when asked with %s, then a 400 names it',
    async (query) => {
      const response = await client.call('GET', `/v1/cohorts/${cohortId}/members?${query}`, { token: mentor });

      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(`/${query.split('=')[0]}`);
    },
  );
});

describe('the members as CSV', () => {
  const csvOf = (query = '') => client.call('GET', `/v1/cohorts/${cohortId}/members.csv${query}`, { token: mentor });

  it('when downloaded, then it is a CSV attachment with a header and one row per member', async () => {
    const response = await csvOf();

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="cohort-${cohortId}-members.csv"`);
    const lines = response.body.split('\r\n');
    expect(lines[0]).toMatch(/^Member,Joined,Status,Days behind,Days ahead,Percent done/);
    expect(lines.filter((line) => line !== '')).toHaveLength(5);
    expect(lines[1]).toMatch(/^Ada Lovelace,[^,]+,ahead,,\d+,100,/);
  });

  it('when a name would run as a formula or holds commas and quotes, then it is quoted and neutralised', async () => {
    const { body } = await csvOf();

    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"",""100% done"")"`);
    expect(body).toContain('"Margaret, ""Maggie"" Hamilton"');
    expect(body).not.toMatch(/(^|\r\n)=/);
  });

  it('when filtered and sorted, then the CSV holds the same members in the same order as the list', async () => {
    const listed = await namesOf('status=behind&sort=name&order=desc');

    const rows = (await csvOf('?status=behind&sort=name&order=desc')).body.split('\r\n').slice(1, -1);

    expect(rows).toHaveLength(listed.names.length);
    expect(rows[0]).toMatch(/^"Margaret/);
  });
});
