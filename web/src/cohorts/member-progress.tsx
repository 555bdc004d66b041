// How a cohort member is doing against the cohort's schedule, in words for people: the same sentences in the mentors'
// members table and on the learner's "What your mentors see", so the learner reads exactly what their mentors read.
import type { Ok } from '../api/types';
import { formatDay } from '../dates';

export type MyCohort = Ok<'/v1/me/cohorts'>['items'][number];
export type MentoredCohort = Ok<'/v1/cohorts/{id}'>;
export type MemberPage = Ok<'/v1/cohorts/{id}/members'>;
export type MemberProgress = MemberPage['items'][number];

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

/** "Behind by 4 days", "On track", "Ahead by 2 days", or "Not started". */
export const standingWords = (member: MemberProgress) => {
  if (!member.started) return 'Not started';
  if (member.status === 'behind') return member.daysBehind ? `Behind by ${days(member.daysBehind)}` : 'Behind';
  if (member.status === 'ahead') return member.daysAhead ? `Ahead by ${days(member.daysAhead)}` : 'Ahead';
  return 'On track';
};

/** "40% done (3 of 12 steps), the schedule expects 35%". */
export const progressWords = (member: MemberProgress) =>
  `${Math.round(member.percentDone)}% done (${member.stepsDone} of ${member.steps} steps)`;

/** The stages of a cohort with the day each is due. */
export const StageDates = ({ cohort, caption }: { cohort: Pick<MyCohort, 'stages'>; caption: string }) => (
  <div className="table-scroll">
    <table className="audit-log cohort-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Stage</th>
          <th scope="col">Due</th>
        </tr>
      </thead>
      <tbody>
        {cohort.stages.map((stage) => (
          <tr key={stage.month}>
            <td>{stage.month}</td>
            <td>{stage.title}</td>
            <td>
              <time dateTime={stage.dueOn}>{formatDay(stage.dueOn)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const mentorNames = (cohort: Pick<MyCohort, 'mentors'>) =>
  cohort.mentors.map((mentor) => mentor.displayName).join(', ') || 'None';
