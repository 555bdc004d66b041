import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comment, FeedbackSummary } from '../../src/modules/feedback/feedback.schemas.ts';
import { VISITOR_COOKIE } from '../../src/modules/feedback/visitor.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp, TEST_PASSWORD } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let roadmap: RoadmapDocument;
const ROADMAP = 'backend-developer';
const READER_IP = '203.0.113.77';

beforeAll(async () => {
  t = await createTestApp();
  roadmap = (await t.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<RoadmapDocument>();
});
afterAll(() => t.close());

const steps = () => roadmap.tiers.flatMap((tier) => tier.steps);
const stepTarget = (index: number) => `step:${steps()[index]!.id}`;

const visitorCookie = (response: LightMyRequestResponse) =>
  response.cookies.find((cookie) => cookie.name === VISITOR_COOKIE);

// Each call comes from an address of its own unless a test says otherwise, so one test's comments never make
// another's look too fast.
let addresses = 0;
const nextIp = () => {
  addresses += 1;
  return `192.0.2.${addresses % 250}`;
};

const give = (
  payload: object,
  options: { cookie?: string; token?: string; ip?: string; app?: TestApp } = {},
): Promise<LightMyRequestResponse> =>
  (options.app ?? t).app.inject({
    method: 'POST',
    url: '/v1/feedback',
    payload: { roadmap: ROADMAP, ...payload },
    remoteAddress: options.ip ?? nextIp(),
    ...(options.cookie === undefined ? {} : { cookies: { [VISITOR_COOKIE]: options.cookie } }),
    ...(options.token === undefined ? {} : { headers: { authorization: `Bearer ${options.token}` } }),
  });

const summary = async (target?: string) =>
  (
    await t.app.inject({
      url: `/v1/feedback/summary?roadmap=${ROADMAP}${target === undefined ? '' : `&target=${target}`}`,
    })
  ).json<FeedbackSummary>();

const votesOn = (target: string) =>
  t.database.db.selectFrom('feedbackVotes').selectAll().where('target', '=', target).execute();
const commentsOn = (target: string) =>
  t.database.db.selectFrom('feedbackComments').selectAll().where('target', '=', target).execute();

describe('voting without an account', () => {
  it('when a visitor votes, then the vote is counted and they get a signed HttpOnly visitor cookie', async () => {
    const target = stepTarget(0);

    const response = await give({ target, helpful: true, reasons: ['clear'] });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      roadmap: ROADMAP,
      target,
      helpful: true,
      reasons: ['clear'],
      changed: false,
      comment: null,
    });
    const cookie = visitorCookie(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/v1/feedback' });
    expect(cookie!.value).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(await summary(target)).toEqual({ roadmap: ROADMAP, items: [{ target, helpful: 1, notHelpful: 0 }] });
  });

  it('when the same visitor votes again on the same target, then the vote changes instead of adding one', async () => {
    const target = stepTarget(1);
    const first = await give({ target, helpful: true });
    const cookie = visitorCookie(first)!.value;

    const second = await give({ target, helpful: false, reasons: ['outdated'] }, { cookie });

    expect(second.json()).toMatchObject({ helpful: false, changed: true });
    expect(visitorCookie(second)).toBeUndefined();
    const rows = await votesOn(target);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ helpful: false, reasons: ['outdated'] });
    expect((await summary(target)).items).toEqual([{ target, helpful: 0, notHelpful: 1 }]);
  });

  it('when one visitor sends the same vote many times at once, then one vote is stored', async () => {
    const target = stepTarget(2);
    const cookie = visitorCookie(await give({ target, helpful: true }))!.value;

    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => give({ target, helpful: i % 2 === 0 }, { cookie })),
    );

    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await votesOn(target)).toHaveLength(1);
  });

  it('when two visitors vote on one target, then both votes count', async () => {
    const target = stepTarget(3);

    await give({ target, helpful: true });
    await give({ target, helpful: true });

    expect((await summary(target)).items).toEqual([{ target, helpful: 2, notHelpful: 0 }]);
  });

  it.each([
    ['a signature from another key', (id: string) => `${id}.${'A'.repeat(43)}`],
    ['no signature', (id: string) => id],
    ['garbage', () => 'not-a-cookie'],
  ])('when the visitor cookie carries %s, then it is replaced by a new id, never trusted', async (_, forge) => {
    const target = stepTarget(4);
    const honest = visitorCookie(await give({ target, helpful: true }))!.value;
    const victimId = honest.split('.')[0]!;

    const forged = await give({ target, helpful: false }, { cookie: forge(victimId) });

    expect(forged.statusCode).toBe(200);
    expect(forged.json()).toMatchObject({ changed: false });
    const replacement = visitorCookie(forged)!.value;
    expect(replacement.split('.')[0]).not.toBe(victimId);
    const victimVote = (await votesOn(target)).find((vote) => vote.visitorId === victimId);
    expect(victimVote).toMatchObject({ helpful: true });
  });

  it('when the same id is sent with a signature made for another id, then it is not trusted', async () => {
    const target = stepTarget(5);
    const first = visitorCookie(await give({ target, helpful: true }))!.value;
    const second = visitorCookie(await give({ target, helpful: true }))!.value;
    const spliced = `${first.split('.')[0]}.${second.split('.')[1]}`;

    const response = await give({ target, helpful: false }, { cookie: spliced });

    expect(visitorCookie(response)).toBeDefined();
    expect((await votesOn(target)).filter((vote) => !vote.helpful)).toHaveLength(1);
    expect((await votesOn(target)).filter((vote) => vote.helpful)).toHaveLength(2);
  });
});

describe('bad input', () => {
  it.each([
    [{ target: 'step:no-such-step', helpful: true }, '/target'],
    [{ target: 'month:99', helpful: true }, '/target'],
    [{ target: 'resource:not-linked-here', helpful: true }, '/target'],
    [{ target: 'paragraph:one', helpful: true }, '/target'],
    [{ target: 'section:appendix', helpful: true }, '/target'],
    [{ roadmap: 'underwater-basketry', helpful: true }, '/roadmap'],
    [{ helpful: 'yes' }, '/helpful'],
    [{}, '/helpful'],
    [{ helpful: true, reasons: ['because'] }, '/reasons/0'],
    [{ helpful: true, comment: 'x'.repeat(1001) }, '/comment'],
    [
      { helpful: true, comment: 'see https://a.example https://b.example https://c.example https://d.example' },
      '/comment',
    ],
    [{ helpful: true, rating: 5 }, '/rating'],
  ])('when the body is %j, then a problem+json 400 names %s', async (payload, pointer) => {
    const response = await give(payload);

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ pointer })]) as unknown,
    });
  });

  it('when the summary asks for an unknown target, then a 400 names the query field', async () => {
    const response = await t.app.inject({ url: `/v1/feedback/summary?roadmap=${ROADMAP}&target=step:nope` });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'query', pointer: '/target' }] });
  });

  it('when every kind of section is named by its id, then each is accepted', async () => {
    const targets = [
      'roadmap',
      'section:history',
      `tier:${roadmap.tiers[0]!.id}`,
      stepTarget(0),
      `month:${roadmap.plan.months[0]!.month}`,
      `priority:${roadmap.priorities[0]!.id}`,
      `challenge:${roadmap.challenges[0]!.id}`,
      `checklist:${roadmap.checklist[0]!.id}`,
      `faq:${roadmap.faq[0]!.id}`,
      `resource:${steps()[0]!.resources[0]!.id}`,
    ];

    const statuses = await Promise.all(
      targets.map(async (target) => (await give({ target, helpful: true })).statusCode),
    );

    expect(statuses).toEqual(targets.map(() => 200));
  });
});

describe('page sections', () => {
  it('when a visitor rates two page sections, then each keeps its own vote apart from the roadmap as a whole', async () => {
    const first = await give({ target: 'section:durations', helpful: true });
    const cookie = visitorCookie(first)!.value;

    const second = await give({ target: 'section:conclusion', helpful: false, reasons: ['outdated'] }, { cookie });

    expect(second.json()).toMatchObject({ target: 'section:conclusion', changed: false });
    expect((await summary('section:durations')).items).toEqual([
      { target: 'section:durations', helpful: 1, notHelpful: 0 },
    ]);
    expect((await summary('section:conclusion')).items).toEqual([
      { target: 'section:conclusion', helpful: 0, notHelpful: 1 },
    ]);
  });
});

describe('the honeypot', () => {
  it('when the hidden field is filled, then the answer looks like success and nothing is stored', async () => {
    const target = stepTarget(6);

    const bot = await give({
      target,
      helpful: true,
      comment: 'Great roadmap, visit my site',
      website: 'http://x.test',
    });
    const person = await give({
      target: stepTarget(7),
      helpful: true,
      comment: 'Great roadmap, thank you',
      website: '',
    });

    expect(bot.statusCode).toBe(person.statusCode);
    expect(Object.keys(bot.json<object>())).toEqual(Object.keys(person.json<object>()));
    expect(bot.json()).toMatchObject({ changed: false, comment: 'received' });
    expect(visitorCookie(bot)).toBeDefined();
    expect(await votesOn(target)).toEqual([]);
    expect(await commentsOn(target)).toEqual([]);
    expect(await commentsOn(stepTarget(7))).toHaveLength(1);
  });
});

describe('comments', () => {
  it('when an honest reader comments, then the comment reaches the editors as new', async () => {
    const target = stepTarget(8);

    const response = await give({
      target,
      helpful: false,
      reasons: ['unclear'],
      comment: 'The part on indexes lost me.',
    });

    expect(response.json()).toMatchObject({ comment: 'received' });
    expect(await commentsOn(target)).toMatchObject([
      { state: 'new', spamScore: 0, spamSignals: [], body: 'The part on indexes lost me.', reasons: ['unclear'] },
    ]);
  });

  it('when a reader pastes one link, then the comment still reaches the editors', async () => {
    const target = stepTarget(9);

    await give({ target, helpful: false, comment: 'This link is dead: https://example.org/old-guide' });

    expect(await commentsOn(target)).toMatchObject([{ state: 'new', spamScore: 1, spamSignals: ['links'] }]);
  });

  it.each([
    ['a link with spam words', 'Best casino bonus here https://spam.example', ['links', 'spam-words']],
    ['two links', 'look https://a.example and https://b.example now', ['links', 'too-fast']],
    ['capitals and repeats', 'THIS ROADMAP IS THE WORST EVER!!!!!!!!', ['repeated-characters', 'all-caps']],
  ])('when a comment has %s, then it goes to quarantine with its signals', async (_, comment, signals) => {
    const target = stepTarget(10);
    const cookie = visitorCookie(
      await give({ target, helpful: true, comment: `first words ${signals.join(' ')}` }),
    )!.value;

    await give({ target, helpful: false, comment }, { cookie });

    const stored = (await commentsOn(target)).find((row) => row.body === comment);
    expect(stored).toMatchObject({ state: 'quarantined' });
    expect(stored!.spamSignals).toEqual(expect.arrayContaining(signals));
    expect(stored!.spamScore).toBeGreaterThanOrEqual(4);
  });

  it('when the same comment is posted twice, in other case and spacing, then it is kept once', async () => {
    const target = stepTarget(11);

    await give({ target, helpful: true, comment: 'Please add a section on message queues.' });
    const again = await give({ target, helpful: true, comment: '  please add a section   ON message queues.' });

    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ comment: 'received' });
    expect(await commentsOn(target)).toHaveLength(1);
    expect(await votesOn(target)).toHaveLength(2);
  });
});

describe('signed-in readers', () => {
  it('when a signed-in learner votes twice, then the one vote is tied to the account and changes', async () => {
    const reader = await signUp(t);
    const target = stepTarget(12);

    const first = await give({ target, helpful: true }, { token: reader.accessToken });
    const second = await give({ target, helpful: false }, { token: reader.accessToken });

    expect(first.json()).toMatchObject({ changed: false });
    expect(second.json()).toMatchObject({ changed: true });
    expect(visitorCookie(first)).toBeUndefined();
    expect(await votesOn(target)).toMatchObject([{ userId: reader.id, visitorId: null, helpful: false }]);
  });

  it('when the access token is not valid, then the feedback is refused with 401 rather than taken anonymously', async () => {
    const response = await give({ target: stepTarget(12), helpful: true }, { token: 'not.a.token' });

    expect(response.statusCode).toBe(401);
  });

  it('when the account is deleted, then its votes and comments stay but no longer point to it', async () => {
    const reader = await signUp(t);
    const target = stepTarget(13);
    await give({ target, helpful: false, comment: 'Too much at once for a beginner.' }, { token: reader.accessToken });

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/v1/me',
      headers: { authorization: `Bearer ${reader.accessToken}` },
      payload: { password: TEST_PASSWORD },
    });

    expect(deleted.statusCode).toBe(204);
    expect(await votesOn(target)).toMatchObject([{ userId: null, helpful: false }]);
    expect(await commentsOn(target)).toMatchObject([{ userId: null, body: 'Too much at once for a beginner.' }]);
  });
});

describe('rate limits', () => {
  it('when one visitor sends more than their limit, then they get 429 while another visitor on the address does not', async () => {
    const limited = await createTestApp({ database: t.database, config: { feedback: { rateLimitPerVisitor: 2 } } });
    try {
      const target = stepTarget(0);
      const first = await give({ target, helpful: true }, { app: limited, ip: '198.51.100.1' });
      const cookie = visitorCookie(first)!.value;
      const second = await give({ target, helpful: true }, { app: limited, ip: '198.51.100.1', cookie });
      const third = await give({ target, helpful: true }, { app: limited, ip: '198.51.100.1', cookie });
      const other = await give({ target, helpful: true }, { app: limited, ip: '198.51.100.1' });

      expect([first.statusCode, second.statusCode, third.statusCode, other.statusCode]).toEqual([200, 200, 429, 200]);
      expect(third.json()).toMatchObject({ status: 429, type: '/problems/too-many-requests' });
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.app.close();
    }
  });

  it('when one address sends more than its limit with ever new cookies, then it gets 429 and another address does not', async () => {
    const limited = await createTestApp({ database: t.database, config: { feedback: { rateLimitPerIp: 2 } } });
    try {
      const target = stepTarget(1);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        statuses.push((await give({ target, helpful: true }, { app: limited, ip: '198.51.100.2' })).statusCode);
      }
      const elsewhere = await give({ target, helpful: true }, { app: limited, ip: '198.51.100.3' });

      expect(statuses).toEqual([200, 200, 429]);
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await limited.app.close();
    }
  });
});

/** Every text-like column of every table, and those where `needle` (or its bytes in hex) occurs. */
const columnsContaining = async (needle: string) => {
  const columns = await sql<{ schema: string; table: string; column: string }>`
    select c.table_schema as schema, c.table_name as table, c.column_name as column
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema not in ('pg_catalog', 'information_schema') and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'inet', 'ARRAY', 'bytea')`.execute(
    t.database.db,
  );
  const found: string[] = [];
  for (const { schema, table, column } of columns.rows) {
    const hits = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(`${schema}.${table}`)}
      where position(${needle} in ${sql.ref(column)}::text) > 0
         or position(${Buffer.from(needle).toString('hex')} in ${sql.ref(column)}::text) > 0`.execute(t.database.db);
    if (hits.rows[0]!.n > 0) found.push(`${schema}.${table}.${column}`);
  }

  return { columns: columns.rows.map((c) => `${c.table}.${c.column}`), found };
};

describe('privacy', () => {
  it("when readers vote and comment, then the reader's IP address appears in no column of any table", async () => {
    const reader = await signUp(t);
    const ip = READER_IP;
    await give({ target: stepTarget(14), helpful: true, comment: 'Clear and kind, thank you for this.' }, { ip });
    await give(
      { target: stepTarget(14), helpful: false, comment: 'Too short on testing.' },
      { ip, token: reader.accessToken },
    );
    await give({ target: 'roadmap', helpful: true, website: 'bot' }, { ip });

    const { columns, found } = await columnsContaining(READER_IP);
    const control = await columnsContaining('127.0.0.1');

    expect(columns).toEqual(
      expect.arrayContaining(['feedback_votes.ip_hash', 'feedback_comments.body', 'audit_log.ip']),
    );
    expect(found).toEqual([]);
    // The scan finds an address where one is meant to be: the audit log keeps where logins came from.
    expect(control.found).toContain('public.audit_log.ip');
    const hashes = await t.database.db.selectFrom('feedbackVotes').select('ipHash').execute();
    expect(hashes.length).toBeGreaterThan(0);
    expect(new Set(hashes.map((row) => row.ipHash.length))).toEqual(new Set([43]));
  });
});

describe('moderation', () => {
  const seedComments = async (target: string, bodies: string[]) => {
    for (const body of bodies) await give({ target, helpful: false, comment: body });
    return (await commentsOn(target)).map((row) => row.id);
  };
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token?: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }),
      ...(payload === undefined ? {} : { payload }),
    });

  it('when anonymous readers or learners call the moderation routes, then they get 401 and 403', async () => {
    const learner = await signUp(t);
    const [id] = await seedComments('roadmap', ['Nice overview of the whole path.']);

    for (const [method, url, payload] of [
      ['GET', '/v1/feedback/comments', undefined],
      ['POST', `/v1/feedback/comments/${id}/approve`, undefined],
      ['POST', `/v1/feedback/comments/${id}/hide`, undefined],
      ['POST', `/v1/feedback/comments/${id}/address`, { replyNote: 'done' }],
      ['DELETE', `/v1/feedback/comments/${id}`, undefined],
    ] as const) {
      expect((await call(method, url, undefined, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await call(method, url, learner.accessToken, payload)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect(await commentsOn('roadmap')).toMatchObject([{ state: 'new' }]);
  });

  it('when an editor pages through new comments, then each comes once, newest first', async () => {
    const editor = await signUp(t, { role: 'editor' });
    const target = `faq:${roadmap.faq[1]!.id}`;
    await seedComments(target, ['First of three remarks.', 'Second of three remarks.', 'Third of three remarks.']);

    const seen: Comment[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `state=new&roadmap=${ROADMAP}&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = (await call('GET', `/v1/feedback/comments?${query}`, editor.accessToken)).json<{
        items: Comment[];
        nextCursor: string | null;
      }>();
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);

    const ours = seen.filter((comment) => comment.target === target);
    expect(ours.map((comment) => comment.body)).toEqual([
      'Third of three remarks.',
      'Second of three remarks.',
      'First of three remarks.',
    ]);
    expect(new Set(seen.map((comment) => comment.id)).size).toBe(seen.length);
    expect(seen.every((comment) => comment.state === 'new')).toBe(true);
  });

  it('when an editor approves, hides, addresses and deletes comments, then each action is done and audited', async () => {
    const editor = await signUp(t, { role: 'editor' });
    const target = `challenge:${roadmap.challenges[0]!.id}`;
    const [a, b, c, d] = await seedComments(target, [
      'Remark one on this challenge.',
      'Remark two on this challenge.',
      'Remark three on this challenge.',
      'Remark four on this challenge.',
    ]);

    const approved = await call('POST', `/v1/feedback/comments/${a}/approve`, editor.accessToken);
    const hidden = await call('POST', `/v1/feedback/comments/${b}/hide`, editor.accessToken);
    const addressed = await call('POST', `/v1/feedback/comments/${c}/address`, editor.accessToken, {
      replyNote: 'Rewrote the remedy with an example.',
    });
    const deleted = await call('DELETE', `/v1/feedback/comments/${d}`, editor.accessToken);
    const missing = await call('POST', `/v1/feedback/comments/${d}/approve`, editor.accessToken);

    expect(approved.json()).toMatchObject({ id: a, state: 'approved' });
    expect(hidden.json()).toMatchObject({ id: b, state: 'hidden' });
    expect(addressed.json()).toMatchObject({
      id: c,
      state: 'addressed',
      replyNote: 'Rewrote the remedy with an example.',
    });
    expect(deleted.statusCode).toBe(204);
    expect(missing.statusCode).toBe(404);
    expect((await commentsOn(target)).map((row) => row.id).sort()).toEqual([a, b, c].sort());
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['action', 'actorId', 'subjectId', 'details'])
      .where('subjectId', 'in', [a!, b!, c!, d!])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        action: 'feedback.comment_approved',
        actorId: editor.id,
        subjectId: a,
        details: expect.objectContaining({ from: 'new', to: 'approved', target }) as unknown,
      },
      {
        action: 'feedback.comment_hidden',
        actorId: editor.id,
        subjectId: b,
        details: expect.objectContaining({ to: 'hidden' }) as unknown,
      },
      {
        action: 'feedback.comment_addressed',
        actorId: editor.id,
        subjectId: c,
        details: expect.objectContaining({ to: 'addressed' }) as unknown,
      },
      {
        action: 'feedback.comment_deleted',
        actorId: editor.id,
        subjectId: d,
        details: expect.objectContaining({ from: 'new' }) as unknown,
      },
    ]);
  });

  it('when an editor approves a quarantined comment, then it leaves quarantine', async () => {
    const editor = await signUp(t, { role: 'editor' });
    const target = `priority:${roadmap.priorities[0]!.id}`;
    await give({ target, helpful: true, comment: 'I LOVE THIS ROADMAP SO MUCH!!!!!!!!' });
    const [quarantined] = await commentsOn(target);
    expect(quarantined).toMatchObject({ state: 'quarantined' });

    const response = await call('POST', `/v1/feedback/comments/${quarantined!.id}/approve`, editor.accessToken);

    expect(response.json()).toMatchObject({ state: 'approved', spamSignals: ['repeated-characters', 'all-caps'] });
  });
});

describe('retention', () => {
  it('when raw feedback is older than the retention, then the purge deletes it and the counts stay', async () => {
    const target = `tier:${roadmap.tiers[1]!.id}`;
    const old = new Date(Date.now() - 120 * 24 * 3600 * 1000);
    await t.database.db
      .insertInto('feedbackVotes')
      .values(
        [true, true, false].map((helpful, i) => ({
          roadmapSlug: ROADMAP,
          target,
          visitorId: `00000000-0000-4000-8000-00000000000${i}`,
          helpful,
          reasons: [],
          ipHash: 'old',
          createdAt: old,
          updatedAt: old,
        })),
      )
      .execute();
    await t.database.db
      .insertInto('feedbackComments')
      .values({
        id: '00000000-0000-4000-8000-0000000000aa',
        roadmapSlug: ROADMAP,
        target,
        helpful: false,
        reasons: [],
        body: 'An old remark.',
        contentHash: 'old-remark',
        spamScore: 0,
        spamSignals: [],
        state: 'new',
        ipHash: 'old',
        createdAt: old,
      })
      .execute();
    await t.database.db
      .insertInto('feedbackIpSalts')
      .values({ day: '2026-01-01', salt: Buffer.alloc(32) })
      .execute();
    await give({ target, helpful: true });
    const before = await summary(target);

    const purged = await t.container.analyticsService.purge();

    expect(purged.votes).toBeGreaterThanOrEqual(3);
    expect(purged.comments).toBeGreaterThanOrEqual(1);
    expect(await votesOn(target)).toHaveLength(1);
    expect(await commentsOn(target)).toEqual([]);
    expect(before.items).toEqual([{ target, helpful: 3, notHelpful: 1 }]);
    await give({ target, helpful: false });
    expect((await summary(target)).items).toEqual([{ target, helpful: 3, notHelpful: 2 }]);
    const salts = await t.database.db
      .selectFrom('feedbackIpSalts')
      .select(sql<string>`day::text`.as('day'))
      .execute();
    expect(salts.map((salt) => salt.day)).toEqual([new Date().toISOString().slice(0, 10)]);
  });
});
