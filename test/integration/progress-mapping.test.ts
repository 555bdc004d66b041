// Learners' progress across versions (decision 0032) through HTTP on a real database (both engines): a publish that
// splits, merges, renames or retires steps carries statuses, notes and bookmarks to the successors and deletes
// nothing; bad mappings are refused with the field named and nothing written; a stale draft is refused.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import { NOTE_SEPARATOR } from '../../src/modules/progress/progress-carry.repository.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher, removeStep, renameStep, splitStep } from '../support/publishing.ts';

let t: TestApp;
let editors: Awaited<ReturnType<typeof publisher>>;
beforeAll(async () => {
  t = await createTestApp();
  editors = await publisher(() => t);
});
afterAll(() => t.close());

const as = (learner: SignedUp, method: 'GET' | 'PUT' | 'POST', url: string, body?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });

const stepsOf = async (slug: string) =>
  (
    await t.database.db
      .selectFrom('roadmapSteps')
      .select('id')
      .where('roadmapSlug', '=', slug)
      .where('archivedAt', 'is', null)
      .orderBy('position')
      .execute()
  ).map((row) => row.id);

const rowsOf = (table: 'stepProgress' | 'stepNotes' | 'stepBookmarks', userId: string, slug: string) =>
  t.database.db.selectFrom(table).selectAll().where('userId', '=', userId).where('roadmapSlug', '=', slug).execute();

const versionCount = async (slug: string) =>
  (await t.database.db.selectFrom('roadmapVersions').select('number').where('roadmapSlug', '=', slug).execute()).length;

describe('carrying progress along the mapping', () => {
  it('when a step is split and two are merged, then statuses, notes and bookmarks follow and nothing is deleted', async () => {
    const slug = 'frontend-developer';
    const [, split, mergedAway, mergedInto] = await stepsOf(slug);
    const learner = await signUp(t);
    const other = await signUp(t);
    // Oldest first: the step merged into was set before the one merged away, so the further-along status wins.
    for (const [stepId, status] of [
      [mergedInto, 'todo'],
      [split, 'done'],
      [mergedAway, 'in_progress'],
    ] as const) {
      expect((await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${stepId}`, { status })).statusCode).toBe(200);
    }
    await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${mergedInto}/note`, { body: 'Kept note' });
    await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${mergedAway}/note`, { body: 'Carried note' });
    expect((await as(learner, 'PUT', `/v1/me/bookmarks/${slug}/${split}`)).statusCode).toBeLessThan(300);
    // The other learner set the merged-into step after the step merged away: their latest word stands.
    await sql`
      insert into step_progress (user_id, roadmap_slug, step_id, status, updated_at)
      values (${other.id}, ${slug}, ${mergedAway}, 'done', '2026-01-01'),
             (${other.id}, ${slug}, ${mergedInto}, 'todo', '2026-02-01')`.execute(t.database.db);
    const draft = await editors.approved(slug, (doc) =>
      removeStep(splitStep(doc, split!, `${split}-basics`, `${split}-more`), mergedAway!),
    );
    const mapping = [
      { from: split!, to: [`${split}-basics`, `${split}-more`] },
      { from: mergedAway!, to: [mergedInto!] },
    ];

    const published = await editors.publish(draft, mapping);

    expect(published.statusCode, published.body).toBe(201);
    const progress = (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/progress`)).json<Progress>();
    const statusOf = Object.fromEntries(progress.steps.map((entry) => [entry.stepId, entry.status]));
    expect(statusOf).toMatchObject({
      [`${split}-basics`]: 'done',
      [`${split}-more`]: 'done',
      [mergedInto!]: 'in_progress',
    });
    expect(progress.archived.map((entry) => entry.stepId).sort()).toEqual([split, mergedAway].sort());
    // The archived rows count toward nothing: two steps done, not three.
    expect(progress.overall.counts.done).toBe(2);
    const note = await as(learner, 'GET', `/v1/me/roadmaps/${slug}/steps/${mergedInto}/note`);
    expect(note.json<{ body: string }>().body).toBe(`Kept note${NOTE_SEPARATOR}Carried note`);
    expect((await rowsOf('stepNotes', learner.id, slug)).map((row) => row.stepId).sort()).toEqual(
      [mergedAway, mergedInto].sort(),
    );
    expect((await rowsOf('stepBookmarks', learner.id, slug)).map((row) => row.stepId).sort()).toEqual(
      [split, `${split}-basics`, `${split}-more`].sort(),
    );
    const others = await rowsOf('stepProgress', other.id, slug);
    expect(others.find((row) => row.stepId === mergedInto)?.status).toBe('todo');
    expect(others).toHaveLength(2);
    const version = await t.database.db
      .selectFrom('roadmapVersions')
      .select('stepMapping')
      .where('roadmapSlug', '=', slug)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    expect(version.stepMapping).toEqual(mapping);
  });

  it('when a removed step with progress is retired, then it publishes and the learner keeps the archived row', async () => {
    const slug = 'devops-engineer';
    const [gone] = (await stepsOf(slug)).slice(-1);
    const learner = await signUp(t);
    await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${gone}`, { status: 'done' });
    const draft = await editors.approved(slug, (doc) => removeStep(doc, gone!));

    const refused = await editors.publish(draft);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain('retire');
    expect(refused.json<{ errors: { pointer: string; detail: string }[] }>().errors[0]).toMatchObject({
      pointer: '/mapping',
      detail: expect.stringContaining(gone!) as string,
    });
    const published = await editors.publish(draft, [{ from: gone!, retire: true }]);

    expect(published.statusCode).toBe(201);
    const progress = (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/progress`)).json<Progress>();
    expect(progress.archived).toMatchObject([{ stepId: gone, status: 'done' }]);
  });
});

describe('bad mappings', () => {
  it('when the mapping names an unknown step or makes a cycle, then 400 naming the field and nothing is written', async () => {
    const slug = 'backend-developer';
    const [first, second] = await stepsOf(slug);
    const before = await versionCount(slug);
    const draft = await editors.approved(slug, (doc) =>
      renameStep(renameStep(doc, first!, `${first}-new`), second!, `${second}-new`),
    );

    const unknownFrom = await editors.publish(draft, [{ from: 'no-such-step', to: [`${first}-new`] }]);
    const unknownTo = await editors.publish(draft, [{ from: first!, to: ['no-such-step'] }]);
    const cycle = await editors.publish(draft, [
      { from: first!, to: [second!] },
      { from: second!, to: [first!] },
    ]);

    const pointers = (response: typeof cycle) =>
      response.json<{ errors: { pointer: string }[] }>().errors.map((error) => error.pointer);
    expect([unknownFrom.statusCode, unknownTo.statusCode, cycle.statusCode]).toEqual([400, 400, 400]);
    expect(unknownFrom.headers['content-type']).toContain('application/problem+json');
    expect(pointers(unknownFrom)).toEqual(['/mapping/0/from']);
    expect(pointers(unknownTo)).toEqual(['/mapping/0/to/0']);
    expect(pointers(cycle)).toEqual(['/mapping/1/to/0']);
    expect(await versionCount(slug)).toBe(before);
    expect(await stepsOf(slug)).toContain(first);
    expect((await editors.read(draft.id)).status).toBe('approved');
  });

  it('when only a step changes after a draft started, then publishing the draft is a 409 naming basedOn', async () => {
    const slug = 'backend-developer';
    const [, , third] = await stepsOf(slug);
    const later = await editors.approved(slug, (doc) => ({ ...doc, title: 'Backend, later' }));
    const first = await editors.approved(slug, (doc) => ({
      ...doc,
      steps: doc.steps.map((step) => (step.id === third ? { ...step, summary: 'A sharper summary.' } : step)),
    }));
    expect((await editors.publish(first)).statusCode).toBe(201);

    const refused = await editors.publish(later);

    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/basedOn');
  });
});

describe('learners writing while a version is published', () => {
  it('when learners write on a step while a publish maps it away, then every write is carried or refused, none lost', async () => {
    const slug = 'devops-engineer';
    const [gone, kept] = await stepsOf(slug);
    const successor = `${gone}-renamed`;
    const learners = await Promise.all(Array.from({ length: 16 }, () => signUp(t)));
    const draft = await editors.approved(slug, (doc) => renameStep(doc, gone!, successor));
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    const [published, ...writes] = await Promise.all([
      editors.publish(draft, [{ from: gone!, to: [successor] }]),
      ...learners.map(async (learner, index) => {
        // Spread over the publish's time, so some writes land before it archives the step and some after.
        await pause(index * 25);
        const onGone = await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${gone}`, { status: 'done' });
        const onKept = await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${kept}`, { status: 'in_progress' });
        return { learner, onGone, onKept };
      }),
    ]);

    expect(published.statusCode).toBe(201);
    for (const { learner, onGone, onKept } of writes) {
      expect(onKept.statusCode).toBe(200);
      const rows = Object.fromEntries(
        (await rowsOf('stepProgress', learner.id, slug)).map((row) => [row.stepId, row.status]),
      );
      expect(rows[kept!]).toBe('in_progress');
      if (onGone.statusCode === 200) {
        // Written before the publish archived the step: carried to its successor, the old row kept.
        expect(rows).toMatchObject({ [gone!]: 'done', [successor]: 'done' });
      } else {
        // Refused after the publish: nothing written on a step that no longer exists, the step named.
        expect(onGone.statusCode).toBe(404);
        expect(onGone.json<{ detail: string }>().detail).toContain(gone);
        expect(rows[gone!]).toBeUndefined();
        expect(rows[successor]).toBeUndefined();
      }
    }
    expect(await stepsOf(slug)).toContain(successor);
  });
});
