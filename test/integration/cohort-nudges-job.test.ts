// The daily job that sends a cohort's automatic nudges, on a real database (both engines): a run twice, or two runs
// at once, send each nudge once; the next week sends again; members who turned nudges off, left, or whose account
// is disabled get none, nor do archived cohorts; a nudge is a message from the cohort (no sender) in the learner's
// messages and a mail that says how to turn them off; and the queued job runs in a worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import { startCohortNudgesWorker } from '../../src/modules/cohorts/cohort-nudges.jobs.ts';
import type { Cohort } from '../../src/modules/cohorts/cohorts.schemas.ts';
import { renderMail, type MailMessage } from '../../src/modules/mail/mail.templates.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { cohortsClient } from '../support/cohorts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

const DAY = 86_400_000;
/** Today and the weeks after it; the members join today, long after the cohort began (so they are behind). */
const NOW = new Date();
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

let t: TestApp;
let mentor: string;
let behind: SignedUp;
let optedOut: SignedUp;
let former: SignedUp;
let disabled: SignedUp;
let quiet: SignedUp;
let inArchived: SignedUp;
let behindCohort: Cohort;
let quietCohort: Cohort;
beforeAll(async () => {
  t = await createTestApp();
  mentor = await client.mentor();
  [behind, optedOut, former, disabled, quiet, inArchived] = [
    await signUp(t),
    await signUp(t),
    await signUp(t),
    await signUp(t),
    await signUp(t),
    await signUp(t),
  ];
  behindCohort = await client.createCohort(mentor, { name: 'Behind cohort' });
  quietCohort = await client.createCohort(mentor, { name: 'Quiet cohort', startDate: NOW.toISOString().slice(0, 10) });
  const archivedCohort = await client.createCohort(mentor, { name: 'Archived cohort' });
  for (const learner of [behind, optedOut, former, disabled]) {
    await client.joinByCode(mentor, behindCohort.id, learner.accessToken);
  }
  await client.joinByCode(mentor, quietCohort.id, quiet.accessToken);
  await client.joinByCode(mentor, archivedCohort.id, inArchived.accessToken);
  const rules = (behindOn: boolean, inactiveOn: boolean) => ({
    behind: { enabled: behindOn, days: 7 },
    inactive: { enabled: inactiveOn, days: 14 },
  });
  for (const [id, body] of [
    [behindCohort.id, rules(true, false)],
    [quietCohort.id, rules(false, true)],
    [archivedCohort.id, rules(true, true)],
  ] as const) {
    expect((await call('PUT', `/v1/cohorts/${id}/nudges`, { token: mentor, body })).statusCode).toBe(200);
  }
  expect((await call('POST', `/v1/cohorts/${archivedCohort.id}/archive`, { token: mentor })).statusCode).toBe(200);
  const off = { token: optedOut.accessToken, body: { enabled: false } };
  expect((await call('PUT', `/v1/me/cohorts/${behindCohort.id}/nudges`, off)).statusCode).toBe(200);
  expect((await call('DELETE', `/v1/me/cohorts/${behindCohort.id}`, { token: former.accessToken })).statusCode).toBe(
    204,
  );
  await t.database.db.updateTable('users').set({ disabledAt: new Date() }).where('id', '=', disabled.id).execute();
});
afterAll(() => t.close());

const client = cohortsClient(() => t);
const { call } = client;

const nudgesOf = async (learner: SignedUp) => {
  const response = await call('GET', '/v1/me/messages', { token: learner.accessToken });
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json<{ items: { kind: string; from: string | null; subject: string; cohort: { id: string } }[] }>()
    .items.filter((message) => message.kind === 'nudge');
};

/** Read from the database: a disabled account cannot ask for its messages. */
const nudgesStoredFor = (learner: SignedUp) =>
  t.database.db
    .selectFrom('cohortMessageRecipients as r')
    .innerJoin('cohortMessages as m', 'm.id', 'r.messageId')
    .select('m.id')
    .where('r.userId', '=', learner.id)
    .where('m.kind', '=', 'nudge')
    .execute();

const nudgeMailsTo = async (learner: SignedUp) => {
  const rows = await t.database.db
    .selectFrom('mailOutbox')
    .select('message')
    .where('template', '=', 'cohort-nudge')
    .execute();
  return rows.map((row) => row.message as MailMessage & { to: string }).filter((mail) => mail.to === learner.email);
};

// The runs build on one another (the weeks move forward), so the tests run in this order.
describe('the nudges job', () => {
  it('when it runs twice in a week, then a member behind by more than the days gets one nudge, in the app and by mail', async () => {
    const first = await t.container.nudgeSender.sendDue(NOW);
    const again = await t.container.nudgeSender.sendDue(NOW);

    expect(first.sent).toBe(1);
    expect(again.sent).toBe(0);
    expect(await nudgesOf(behind)).toEqual([
      expect.objectContaining({ kind: 'nudge', from: null, cohort: { id: behindCohort.id, name: 'Behind cohort' } }),
    ]);
    const mails = await nudgeMailsTo(behind);
    expect(mails).toHaveLength(1);
    const rendered = renderMail(mails[0]!, { publicUrl: 'https://waymark.example', organisation: 'Waymark' });
    expect(rendered.text).toContain(`https://waymark.example/cohorts#cohort-${behindCohort.id}`);
    expect(rendered.text).toContain('turn these nudges off');
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['actorId', 'subjectId'])
      .where('action', '=', 'cohort.nudge_sent')
      .execute();
    expect(audit).toEqual([{ actorId: null, subjectId: behind.id }]);
  });

  it('when a member turned nudges off, left, or their account is disabled, or the cohort is archived, then they get none', async () => {
    for (const learner of [optedOut, former, disabled, inArchived]) {
      expect(await nudgesStoredFor(learner)).toEqual([]);
      expect(await nudgeMailsTo(learner)).toEqual([]);
    }
  });

  it('when a new week begins, then a member still behind gets the next nudge', async () => {
    const nextWeek = await t.container.nudgeSender.sendDue(later(7));

    expect(nextWeek.sent).toBe(1);
    expect(await nudgesOf(behind)).toHaveLength(2);
  });

  it('when two runs race in a new week, then each nudge is still sent once', async () => {
    const runs = await Promise.all([
      t.container.nudgeSender.sendDue(later(14)),
      t.container.nudgeSender.sendDue(later(14)),
    ]);

    expect(runs[0].sent + runs[1].sent).toBe(1);
    expect(await nudgesOf(behind)).toHaveLength(3);
    expect(await nudgeMailsTo(behind)).toHaveLength(3);
  });

  it('when a member has moved no step for fewer days than the rule, then none; for as many, then one', async () => {
    await t.container.nudgeSender.sendDue(later(13));
    expect(await nudgesOf(quiet)).toEqual([]);

    await t.container.nudgeSender.sendDue(later(15));

    expect(await nudgesOf(quiet)).toEqual([
      expect.objectContaining({ subject: expect.stringContaining('days since your last step') as string }),
    ]);
  });

  it('when the member turns nudges on again and the job is queued, then a worker sends the next week’s nudge', async () => {
    const on = { token: optedOut.accessToken, body: { enabled: true } };
    expect((await call('PUT', `/v1/me/cohorts/${behindCohort.id}/nudges`, on)).statusCode).toBe(200);
    await startCohortNudgesWorker(t.jobs, t.container.nudgeSender, createLogger({ logLevel: 'silent' }));

    await t.jobs.send('cohorts.nudges', {});
    let nudges: unknown[] = [];
    for (let i = 0; i < 100 && nudges.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      nudges = await nudgesOf(optedOut);
    }

    expect(nudges).toHaveLength(1);
  });
});
