// A cohort's schedule: the roadmap's month plan at the cohort's pace (plan.ts), one due date per stage, which the
// mentors may move as long as the stages stay in order. Pure: no database, no clock.
import { ValidationError, type FieldError } from '../../lib/errors.ts';
import { isDate } from '../../lib/value-rules.ts';
import { scalePlan } from '../progress/plan.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { ScheduleChange } from './cohorts.schemas.ts';

export interface ScheduledStage {
  month: number;
  title: string;
  dueOn: string;
}

/** Each stage is due on the last day the plan gives it at this pace. */
export const initialSchedule = (roadmap: RoadmapDocument, hoursPerWeek: number, startDate: string): ScheduledStage[] =>
  scalePlan(roadmap, hoursPerWeek, startDate).stages.map((stage) => ({
    month: stage.month,
    title: stage.title,
    dueOn: stage.endsOn,
  }));

/**
 * The stages with the change applied. Refused, naming the field, when a month is not one of the stages, a date is
 * not a real day, or the due dates would not stay in order: the first on or after the start date, each after the
 * one before (a stage needs at least one day).
 */
export const rescheduled = (stages: ScheduledStage[], change: ScheduleChange, startDate: string): ScheduledStage[] => {
  const errors: FieldError[] = [];
  const moved = new Map<number, string>();
  change.stages.forEach((entry, index) => {
    if (!stages.some((stage) => stage.month === entry.month)) {
      errors.push({ in: 'body', pointer: `/stages/${index}/month`, detail: 'is not a stage of this cohort’s plan' });
    } else if (moved.has(entry.month)) {
      errors.push({ in: 'body', pointer: `/stages/${index}/month`, detail: 'names a stage twice' });
    } else if (!isDate(entry.dueOn)) {
      errors.push({ in: 'body', pointer: `/stages/${index}/dueOn`, detail: 'is not a date' });
    }
    moved.set(entry.month, entry.dueOn);
  });
  if (errors.length > 0) throw new ValidationError('These stages cannot be moved like this.', errors);
  const result = stages.map((stage) => ({ ...stage, dueOn: moved.get(stage.month) ?? stage.dueOn }));
  result.forEach((stage, position) => {
    const earliest = position === 0 ? startDate : result[position - 1]!.dueOn;
    const inOrder = position === 0 ? stage.dueOn >= earliest : stage.dueOn > earliest;
    if (!inOrder) {
      const index = change.stages.findIndex((entry) => entry.month === stage.month);
      errors.push({
        in: 'body',
        pointer: index === -1 ? '/stages' : `/stages/${index}/dueOn`,
        detail:
          position === 0
            ? `must be on or after the cohort's start date (${startDate})`
            : `must be after the due date of the stage before (${earliest})`,
      });
    }
  });
  if (errors.length > 0) throw new ValidationError('The due dates must stay in the order of the stages.', errors);
  return result;
};
