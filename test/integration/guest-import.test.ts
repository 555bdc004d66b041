// The guest progress import has a bound you can state: so many entries at most, none twice, and a few statements in
// one transaction whatever its size.
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitOfWork } from '../../src/infra/unit-of-work.ts';
import { GUEST_IMPORT_MAX_ENTRIES } from '../../src/modules/progress/guest-import.ts';
import { createProgressRepository } from '../../src/modules/progress/progress.repository.ts';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import { createProgressService } from '../../src/modules/progress/progress.service.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let roadmap: RoadmapDocument;
beforeAll(async () => {
  t = await createTestApp();
  roadmap = (await t.app.inject('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();
});
afterAll(() => t.close());

const stepIds = () => roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id));
const importGuest = (accessToken: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/me/progress/import',
    payload,
    headers: { authorization: `Bearer ${accessToken}` },
  });
const progressOf = async (accessToken: string) =>
  (
    await t.app.inject({
      url: '/v1/me/roadmaps/backend-developer/progress',
      headers: { authorization: `Bearer ${accessToken}` },
    })
  ).json<Progress>();

describe('importing guest progress', () => {
  it('when an import holds more entries than the cap, then it is a 400 naming /roadmaps and nothing is stored', async () => {
    const { accessToken } = await signUp(t);
    const [first] = stepIds();
    const many = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    const payload = {
      roadmaps: [
        {
          slug: 'backend-developer',
          steps: [{ stepId: first!, status: 'done' }, ...many('s', 999).map((stepId) => ({ stepId, status: 'done' }))],
          notes: many('n', 1000).map((stepId) => ({ stepId, body: 'x', updatedAt: '2026-11-01T00:00:00.000Z' })),
          checklist: many('c', GUEST_IMPORT_MAX_ENTRIES - 1999).map((itemId) => ({ itemId, level: 'partly' })),
        },
      ],
    };

    const response = await importGuest(accessToken, payload);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'body', pointer: '/roadmaps' }] });
    expect(response.json<{ detail: string }>().detail).toContain(`at most ${GUEST_IMPORT_MAX_ENTRIES}`);
    expect((await progressOf(accessToken)).steps).toEqual([]);
  });

  it('when an import names a step twice, then it is a 400 naming the repeat and nothing is stored', async () => {
    const { accessToken } = await signUp(t);
    const [first, second] = stepIds();

    const response = await importGuest(accessToken, {
      roadmaps: [
        {
          slug: 'backend-developer',
          steps: [
            { stepId: second!, status: 'done' },
            { stepId: first!, status: 'done' },
            { stepId: first!, status: 'todo' },
          ],
        },
      ],
    });
    const twice = await importGuest(accessToken, {
      roadmaps: [{ slug: 'backend-developer' }, { slug: 'backend-developer' }],
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/roadmaps/0/steps/2/stepId' }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toMatchObject({ errors: [{ pointer: '/roadmaps/1/slug' }] });
    expect((await progressOf(accessToken)).steps).toEqual([]);
  });

  it('when a large import is merged, then it takes one write per table, whatever the number of entries', async () => {
    const { id } = await signUp(t);
    const writes: string[] = [];
    const countWrites: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (node.kind === 'InsertQueryNode' || node.kind === 'UpdateQueryNode') writes.push(node.kind);
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    };
    const counted = t.database.db.withPlugin(countWrites);
    const progressService = createProgressService({
      progressRepository: createProgressRepository(counted),
      transact: createUnitOfWork(counted, (trx) => ({ progressRepository: createProgressRepository(trx) })),
      roadmapsService: t.container.roadmapsService,
      cohortDueDates: () => Promise.resolve([]),
      versionsOf: () => Promise.resolve([]),
      publicHost: 'waymark.test',
      organisation: 'Waymark',
    });
    const ids = stepIds();

    const result = await progressService.importGuestProgress(id, {
      roadmaps: [
        {
          slug: 'backend-developer',
          steps: ids.map((stepId) => ({ stepId, status: 'in_progress' as const })),
          notes: ids.map((stepId) => ({ stepId, body: `note on ${stepId}`, updatedAt: '2026-11-01T00:00:00.000Z' })),
          checklist: roadmap.checklist.map((item) => ({ itemId: item.id, level: 'partly' as const })),
        },
      ],
    });

    expect(result.applied).toEqual({ steps: ids.length, notes: ids.length, checklist: roadmap.checklist.length });
    expect(writes).toHaveLength(3);
  });
});
