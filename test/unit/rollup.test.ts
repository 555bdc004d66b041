import { describe, expect, it } from 'vitest';
import type { StepStatus } from '../../src/lib/enums.ts';
import { checklistReadiness, nextStep, progressOn, rollUp } from '../../src/modules/progress/rollup.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';

type Step = RoadmapDocument['tiers'][number]['steps'][number];

const step = (id: string, number: number, estimatedHours: number): Step =>
  ({ id, number, title: `Step ${id}`, estimatedHours }) as Step;

/** Two tiers: basics (a 10 h, b 30 h) and core (c 20 h, d 40 h); priority 1 links d, priority 2 links c. */
const roadmap = (overrides: Partial<RoadmapDocument> = {}): RoadmapDocument =>
  ({
    slug: 'backend-developer',
    title: 'Backend Developer',
    tiers: [
      { id: 'basics', title: 'Basics', steps: [step('a', 1, 10), step('b', 2, 30)] },
      { id: 'core', title: 'Core', steps: [step('c', 3, 20), step('d', 4, 40)] },
    ],
    priorities: [
      { rank: 2, steps: ['c'] },
      { rank: 1, steps: ['d'] },
    ],
    checklist: [{ id: 'http' }, { id: 'sql' }, { id: 'git' }, { id: 'tests' }],
    ...overrides,
  }) as unknown as RoadmapDocument;

const statuses =
  (marked: Record<string, StepStatus>) =>
  (stepId: string): StepStatus =>
    marked[stepId] ?? 'todo';

const at = new Date('2026-11-25T10:00:00Z');

describe('rolling up steps', () => {
  it('when some hours are done, then the percentage is of estimated hours, not of steps, to one decimal', () => {
    const steps = [step('a', 1, 10), step('b', 2, 20), step('c', 3, 0.5)];

    expect(rollUp(steps, statuses({ a: 'done', b: 'in_progress' }))).toEqual({
      steps: 3,
      counts: { todo: 1, in_progress: 1, done: 1, skipped: 0 },
      percent: 32.8,
      hoursDone: 10,
      hoursLeft: 20.5,
    });
  });

  it('when steps are skipped, then their hours count neither as done nor as left', () => {
    const result = rollUp([step('a', 1, 10), step('b', 2, 30)], statuses({ a: 'done', b: 'skipped' }));

    expect(result).toMatchObject({ percent: 100, hoursDone: 10, hoursLeft: 0 });
    expect(result.counts).toEqual({ todo: 0, in_progress: 0, done: 1, skipped: 1 });
  });

  it('when every step is skipped, then nothing is left and the set reads 100 %, not a division by zero', () => {
    expect(rollUp([step('a', 1, 10), step('b', 2, 30)], () => 'skipped')).toMatchObject({
      percent: 100,
      hoursDone: 0,
      hoursLeft: 0,
    });
  });

  it('when there are no steps at all, then counts are 0 and the percentage is 100', () => {
    expect(rollUp([], () => 'todo')).toEqual({
      steps: 0,
      counts: { todo: 0, in_progress: 0, done: 0, skipped: 0 },
      percent: 100,
      hoursDone: 0,
      hoursLeft: 0,
    });
  });

  it('when nothing is marked, then everything is todo and 0 % is done', () => {
    expect(rollUp([step('a', 1, 10)], () => 'todo')).toMatchObject({ percent: 0, hoursLeft: 10 });
  });
});

describe('the next step', () => {
  it('when the first tier has open steps, then the next one is there, in path order without priorities', () => {
    expect(nextStep(roadmap(), statuses({ a: 'in_progress' }))).toEqual({ id: 'a', title: 'Step a', tierId: 'basics' });
  });

  it('when the first tier is done or skipped, then the best-ranked priority of the next tier comes first', () => {
    expect(nextStep(roadmap(), statuses({ a: 'done', b: 'skipped' }))).toEqual({
      id: 'd',
      title: 'Step d',
      tierId: 'core',
    });
  });

  it('when every step is done or skipped, then there is no next step', () => {
    expect(nextStep(roadmap(), statuses({ a: 'done', b: 'skipped', c: 'skipped', d: 'done' }))).toBeNull();
  });

  it('when the roadmap has no tiers, then there is no next step', () => {
    expect(nextStep(roadmap({ tiers: [] }), () => 'todo')).toBeNull();
  });
});

describe('checklist readiness', () => {
  it('when items are assessed, then confident counts 1, partly ½ and the rest 0, out of every item', () => {
    const answers = [
      { itemId: 'http', level: 'confident' as const, updatedAt: at },
      { itemId: 'sql', level: 'partly' as const, updatedAt: at },
      { itemId: 'git', level: 'not_yet' as const, updatedAt: at },
    ];

    expect(checklistReadiness(roadmap().checklist, answers)).toEqual({
      items: 4,
      counts: { not_yet: 1, partly: 1, confident: 1 },
      readiness: 37.5,
    });
  });

  it('when an answer is for an item the roadmap no longer has, then it does not count', () => {
    const answers = [{ itemId: 'removed', level: 'confident' as const, updatedAt: at }];

    expect(checklistReadiness(roadmap().checklist, answers)).toMatchObject({ readiness: 0 });
  });

  it('when the roadmap has no checklist, then readiness is 0', () => {
    expect(checklistReadiness([], [])).toEqual({
      items: 0,
      counts: { not_yet: 0, partly: 0, confident: 0 },
      readiness: 0,
    });
  });
});

describe('the progress answer', () => {
  it('when a marked step is no longer published, then it is listed as archived and counts toward nothing', () => {
    const progress = progressOn(
      roadmap(),
      [
        { stepId: 'a', status: 'done', updatedAt: at },
        { stepId: 'gone', status: 'done', updatedAt: at },
      ],
      [],
    );

    expect(progress.steps).toEqual([{ stepId: 'a', status: 'done', updatedAt: '2026-11-25T10:00:00.000Z' }]);
    expect(progress.archived).toEqual([{ stepId: 'gone', status: 'done', updatedAt: '2026-11-25T10:00:00.000Z' }]);
    expect(progress.overall).toMatchObject({ steps: 4, hoursDone: 10, percent: 10 });
    expect(progress.tiers.map((tier) => [tier.id, tier.percent])).toEqual([
      ['basics', 25],
      ['core', 0],
    ]);
  });

  it('when an answered checklist item is no longer published, then its answer is listed apart and not counted', () => {
    const progress = progressOn(
      roadmap(),
      [],
      [
        { itemId: 'http', level: 'partly', updatedAt: at },
        { itemId: 'gone', level: 'confident', updatedAt: at },
      ],
    );

    expect(progress.checklistAnswers).toEqual([
      { itemId: 'http', level: 'partly', updatedAt: '2026-11-25T10:00:00.000Z' },
    ]);
    expect(progress.archivedChecklistAnswers).toEqual([
      { itemId: 'gone', level: 'confident', updatedAt: '2026-11-25T10:00:00.000Z' },
    ]);
    expect(progress.checklist).toMatchObject({ counts: { not_yet: 0, partly: 1, confident: 0 }, readiness: 12.5 });
  });

  it('when the roadmap is empty, then the answer is whole: 100 %, no tiers, no next step, readiness 0', () => {
    const progress = progressOn(roadmap({ tiers: [], priorities: [], checklist: [] }), [], []);

    expect(progress).toEqual({
      roadmap: { slug: 'backend-developer', title: 'Backend Developer' },
      overall: {
        steps: 0,
        counts: { todo: 0, in_progress: 0, done: 0, skipped: 0 },
        percent: 100,
        hoursDone: 0,
        hoursLeft: 0,
      },
      tiers: [],
      nextStep: null,
      checklist: { items: 0, counts: { not_yet: 0, partly: 0, confident: 0 }, readiness: 0 },
      steps: [],
      checklistAnswers: [],
      archived: [],
      archivedChecklistAnswers: [],
    });
  });
});
