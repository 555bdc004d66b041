// A guest's progress kept in the browser across publishes: the steps it names may be from an earlier version, and
// they follow the versions' step mappings to where the roadmap has them now (decision 0032), as a signed-in
// learner's progress did when those versions were published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { NOTE_SEPARATOR } from '../../src/modules/progress/progress-carry.repository.ts';
import { publisher, removeStep, renameStep, splitStep } from '../support/publishing.ts';

const SLUG = 'backend-developer';
let t: TestApp;
let old: string[];
let oldItem: string;
beforeAll(async () => {
  t = await createTestApp();
  const roadmap = (await t.app.inject(`/v1/roadmaps/${SLUG}`)).json<RoadmapDocument>();
  old = roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id));
  oldItem = roadmap.checklist[0]!.id;
  // Version 2 splits the first step, renames the second; version 3 retires the third and renames the first checklist
  // item. The guest tracked version 1.
  const editors = await publisher(() => t);
  const [split, renamed, retired] = old as [string, string, string];
  const second = await editors.approved(SLUG, (doc) =>
    renameStep(splitStep(doc, split, 'split-a', 'split-b'), renamed, 'renamed'),
  );
  const published = await editors.publish(second, [
    { from: split, to: ['split-a', 'split-b'] },
    { from: renamed, to: ['renamed'] },
  ]);
  expect(published.statusCode, published.body).toBe(201);
  const third = await editors.approved(SLUG, (doc) => renameStep(removeStep(doc, retired), oldItem, 'renamed-item'));
  const thirdPublished = await editors.publish(
    third,
    [{ from: retired, retire: true }],
    [{ from: oldItem, to: ['renamed-item'] }],
  );
  expect(thirdPublished.statusCode, thirdPublished.body).toBe(201);
});
afterAll(() => t.close());

const call = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });

describe('importing guest progress tracked on an earlier version', () => {
  it('when the guest names steps and checklist items changed since, then each lands where the roadmap has it now', async () => {
    const { accessToken } = await signUp(t);
    const [split, renamed, retired] = old as [string, string, string];
    const imported = await call(accessToken, 'POST', '/v1/me/progress/import', {
      roadmaps: [
        {
          slug: SLUG,
          steps: [
            { stepId: split, status: 'done' },
            { stepId: 'split-b', status: 'in_progress' },
            { stepId: renamed, status: 'in_progress' },
            { stepId: retired, status: 'done' },
            { stepId: 'never-a-step', status: 'done' },
          ],
          checklist: [
            { itemId: oldItem, level: 'partly' },
            { itemId: 'never-an-item', level: 'confident' },
          ],
          notes: [
            { stepId: 'split-b', body: 'my own note on part two', updatedAt: '2026-11-02T00:00:00.000Z' },
            { stepId: split, body: 'what I noted before the split', updatedAt: '2026-11-01T00:00:00.000Z' },
          ],
        },
      ],
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<{ ignored: unknown[] }>().ignored).toEqual([
      { roadmap: SLUG, id: retired, reason: 'step retired in a later version' },
      { roadmap: SLUG, id: 'never-a-step', reason: 'no such step' },
      { roadmap: SLUG, id: 'never-an-item', reason: 'no such item' },
    ]);

    const progress = (await call(accessToken, 'GET', `/v1/me/roadmaps/${SLUG}/progress`)).json<Progress>();
    const statusOf = new Map(progress.steps.map((step) => [step.stepId, step.status]));
    // The split step's status reaches both parts, and the further-along one wins over the guest's own on part two.
    expect(statusOf.get('split-a')).toBe('done');
    expect(statusOf.get('split-b')).toBe('done');
    expect(statusOf.get('renamed')).toBe('in_progress');
    expect(statusOf.has(split)).toBe(false);
    expect(statusOf.has(retired)).toBe(false);
    expect(progress.checklistAnswers.map(({ itemId, level }) => ({ itemId, level }))).toEqual([
      { itemId: 'renamed-item', level: 'partly' },
    ]);

    const noteOf = async (stepId: string) =>
      (await call(accessToken, 'GET', `/v1/me/roadmaps/${SLUG}/steps/${stepId}/note`)).json<{ body: string }>().body;
    expect(await noteOf('split-a')).toBe('what I noted before the split');
    expect(await noteOf('split-b')).toBe(`my own note on part two${NOTE_SEPARATOR}what I noted before the split`);
  });
});
