// How far a learner is on a roadmap, from the status of each step and the self-assessment of each checklist item:
// counts and hours per tier and overall, the step to do next, and checklist readiness. Pure: no database, no clock.
import type { ChecklistLevel, StepStatus } from '../../lib/enums.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { Progress } from './progress.schemas.ts';

type PathStep = RoadmapDocument['tiers'][number]['steps'][number];
type StepRow = { stepId: string; status: StepStatus; updatedAt: Date };
type ChecklistRow = { itemId: string; level: ChecklistLevel; updatedAt: Date };

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Counts and hours for a set of steps, given each step's status (todo when never set). Skipped steps count toward
 * neither side of the percentage, so a set with nothing left to do (or nothing at all) is 100 % done.
 */
export const rollUp = (steps: PathStep[], statusOf: (stepId: string) => StepStatus) => {
  const counts = { todo: 0, in_progress: 0, done: 0, skipped: 0 };
  let hoursDone = 0;
  let hoursLeft = 0;
  for (const step of steps) {
    const status = statusOf(step.id);
    counts[status] += 1;
    if (status === 'done') hoursDone += step.estimatedHours;
    else if (status !== 'skipped') hoursLeft += step.estimatedHours;
  }
  const counted = hoursDone + hoursLeft;
  return {
    steps: steps.length,
    counts,
    percent: counted === 0 ? 100 : round1((hoursDone / counted) * 100),
    hoursDone,
    hoursLeft,
  };
};

/**
 * The step to do next: within the earliest tier that has unfinished steps, the one linked to the best-ranked
 * priority, else the first in path order. Unfinished means neither done nor skipped.
 */
export const nextStep = (roadmap: RoadmapDocument, statusOf: (stepId: string) => StepStatus) => {
  const bestRank = new Map<string, number>();
  for (const priority of roadmap.priorities) {
    for (const stepId of priority.steps ?? []) {
      bestRank.set(stepId, Math.min(bestRank.get(stepId) ?? Infinity, priority.rank));
    }
  }
  for (const tier of roadmap.tiers) {
    const open = tier.steps.filter((step) => !['done', 'skipped'].includes(statusOf(step.id)));
    if (open.length === 0) continue;
    const chosen = [...open].sort(
      (a, b) => (bestRank.get(a.id) ?? Infinity) - (bestRank.get(b.id) ?? Infinity) || a.number - b.number,
    )[0]!;
    return { id: chosen.id, title: chosen.title, tierId: tier.id };
  }
  return null;
};

const READINESS: Record<ChecklistLevel, number> = { not_yet: 0, partly: 0.5, confident: 1 };

/**
 * The job-ready self-assessment: how many items at each level, and readiness as 0–100 (confident = 1, partly = ½,
 * not yet or unanswered = 0). Answers to items the roadmap no longer has do not count.
 */
export const checklistReadiness = (checklist: RoadmapDocument['checklist'], answers: ChecklistRow[]) => {
  const counts = { not_yet: 0, partly: 0, confident: 0 };
  let score = 0;
  for (const answer of answers.filter((row) => checklist.some((item) => item.id === row.itemId))) {
    counts[answer.level] += 1;
    score += READINESS[answer.level];
  }
  return {
    items: checklist.length,
    counts,
    readiness: checklist.length === 0 ? 0 : round1((score / checklist.length) * 100),
  };
};

/**
 * The whole progress answer. Entries for steps the published roadmap no longer has are kept apart as `archived`, and
 * answers to checklist items it no longer has as `archivedChecklistAnswers`: the learner's record stays, but it counts
 * toward nothing.
 */
export const progressOn = (roadmap: RoadmapDocument, stepRows: StepRow[], checklistRows: ChecklistRow[]): Progress => {
  const published = new Set(roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id)));
  const items = new Set(roadmap.checklist.map((item) => item.id));
  const statuses = new Map(stepRows.map((row) => [row.stepId, row.status]));
  const statusOf = (stepId: string) => statuses.get(stepId) ?? 'todo';
  const entry = <Row extends { updatedAt: Date }>(row: Row) => ({ ...row, updatedAt: row.updatedAt.toISOString() });
  return {
    roadmap: { slug: roadmap.slug, title: roadmap.title },
    overall: rollUp(
      roadmap.tiers.flatMap((tier) => tier.steps),
      statusOf,
    ),
    tiers: roadmap.tiers.map((tier) => ({ id: tier.id, title: tier.title, ...rollUp(tier.steps, statusOf) })),
    nextStep: nextStep(roadmap, statusOf),
    checklist: checklistReadiness(roadmap.checklist, checklistRows),
    steps: stepRows.filter((row) => published.has(row.stepId)).map(entry),
    checklistAnswers: checklistRows.filter((row) => items.has(row.itemId)).map(entry),
    archived: stepRows.filter((row) => !published.has(row.stepId)).map(entry),
    archivedChecklistAnswers: checklistRows.filter((row) => !items.has(row.itemId)).map(entry),
  };
};
