// Where a learner stands against their plan, in words that fit the moment: a plan not started yet, a first day of
// marked steps (too early to tell a finish, see docs/decisions/0024), a pace that can be measured, or the end.
import type { PersonalPlan } from '../api/types';
import { formatDay } from '../dates';

const TRACKING: Record<PersonalPlan['tracking']['status'], string> = {
  not_started: 'Not started yet',
  on_track: 'On track',
  ahead: 'Ahead of plan',
  behind: 'Behind plan',
};

const headline = ({ tracking, startDate }: PersonalPlan) => {
  const done = Math.round(tracking.percentDone);
  if (tracking.projection.state === 'finished') return { title: 'Every step done', rest: '' };
  if (tracking.status === 'not_started')
    return { title: TRACKING.not_started, rest: `: your plan starts on ${formatDay(startDate)}.` };
  // Ahead after a few days only means steps were marked that the learner already knew: no verdict on the pace yet.
  if (tracking.status === 'ahead' && tracking.projection.state === 'too_early')
    return { title: 'Off to a good start', rest: '.' };
  return {
    title: TRACKING[tracking.status],
    rest: `: ${done}% done, the plan expects ${Math.round(tracking.expectedPercent)}% by today.`,
  };
};

const finishText = ({ projection }: PersonalPlan['tracking']) => {
  if (projection.state === 'finished') return '';
  if (projection.state === 'projected' && projection.finishOn !== null)
    return ` At your pace so far (about ${projection.hoursPerWeekSoFar} hours a week) you finish around ${formatDay(projection.finishOn)}.`;
  if (projection.measurableOn !== null)
    return ` It is too early to tell when you will finish: your pace counts over two weeks, so Waymark can tell from ${formatDay(projection.measurableOn)}.`;
  return ' It is too early to tell when you will finish: Waymark can tell once you have finished a step.';
};

export const PlanStanding = ({ plan }: { plan: PersonalPlan }) => {
  const { title, rest } = headline(plan);
  return (
    <p>
      <strong data-testid="tracking">{title}</strong>
      {rest}
      <span data-testid="projection">{finishText(plan.tracking)}</span>
    </p>
  );
};
