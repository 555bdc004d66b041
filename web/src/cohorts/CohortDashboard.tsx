// A cohort at a glance, for its mentors: how many members are ahead, on track, behind or not started, how much of the
// roadmap each has done, the steps where the cohort stalls, and how ready members say they are on the checklist.
// Each chart has its figures written beside its bars and in its text alternative, never in colour alone.
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { ValueBars } from '../ui/charts';
import { useLearnerTime } from '../ui/learner-time';
import { Empty, Loading, Show, useResource } from '../ui/states';

type Dashboard = Ok<'/v1/cohorts/{id}/dashboard'>;

const people = (count: number) => (count === 1 ? '1 member' : `${count} members`);
const daysText = (count: number) => (count === 1 ? '1 day' : `${count} days`);

const Summary = ({ dashboard }: { dashboard: Dashboard }) => {
  const { members } = dashboard;
  const statuses = [
    { label: 'Ahead', value: members.ahead },
    { label: 'On track', value: members.onTrack },
    { label: 'Behind', value: members.behind },
    { label: 'Not started', value: members.notStarted },
  ];
  return (
    <>
      <dl className="cohort-figures">
        <div>
          <dt>Members</dt>
          <dd>{members.total}</dd>
        </div>
        <div>
          <dt>Expected by today</dt>
          <dd>{Math.round(dashboard.expectedPercent)}%</dd>
        </div>
        {statuses.map((status) => (
          <div key={status.label}>
            <dt>{status.label}</dt>
            <dd>{status.value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">Members who have not started are also counted as behind or on track.</p>
      <h3>Members by status</h3>
      <ValueBars
        label={`Members by status: ${statuses.map((status) => `${status.label.toLowerCase()} ${status.value}`).join(', ')}`}
        max={Math.max(members.total, 1)}
        rows={statuses.map((status) => ({ ...status, display: String(status.value) }))}
      />
      <h3>How much of the roadmap members have done</h3>
      <ValueBars
        label={`Members by share done: ${dashboard.progressSpread
          .map((tenth) => `${tenth.fromPercent} to ${tenth.toPercent}%: ${tenth.members}`)
          .join(', ')}`}
        max={Math.max(members.total, 1)}
        rows={dashboard.progressSpread.map((tenth) => ({
          label: `${tenth.fromPercent}–${tenth.toPercent}%`,
          value: tenth.members,
          display: String(tenth.members),
        }))}
      />
    </>
  );
};

const StepTable = ({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; title: string; cells: string[] }[];
}) => (
  <table className="audit-log cohort-table">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Step</th>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.title}</th>
          {row.cells.map((cell, index) => (
            <td key={index}>{cell}</td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);

const Stalls = ({
  stalls,
  idleDays,
  onIdleDays,
}: {
  stalls: Dashboard['stalls'];
  idleDays: number;
  onIdleDays: (days: number) => void;
}) => {
  const { dateTime } = useLearnerTime();
  return (
    <section aria-labelledby="stalls" className="cohort-stalls">
      <h2 id="stalls">Where the cohort stalls</h2>
      <div className="field">
        <label htmlFor="idle-days">Count a step as left alone after</label>
        <select id="idle-days" value={idleDays} onChange={(event) => onIdleDays(Number(event.target.value))}>
          {[3, 7, 14, 30].map((days) => (
            <option key={days} value={days}>
              {daysText(days)} without activity
            </option>
          ))}
        </select>
      </div>
      {stalls.idle.length === 0 ? (
        <p>No member has left a step in progress for {daysText(stalls.idleDays)}.</p>
      ) : (
        <StepTable
          caption={`Steps in progress with no activity for ${daysText(stalls.idleDays)}`}
          columns={['Members', 'Untouched since']}
          rows={stalls.idle.map((step) => ({
            key: step.stepId,
            title: step.title,
            cells: [String(step.members), dateTime(step.idleSince)],
          }))}
        />
      )}
      {stalls.slow.length === 0 ? (
        <p>No member has started a step yet.</p>
      ) : (
        <StepTable
          caption="Steps members take longest on (median days from starting to finishing, or to today)"
          columns={['Median days', 'Started', 'Still working']}
          rows={stalls.slow.map((step) => ({
            key: step.stepId,
            title: step.title,
            cells: [String(step.medianDays), String(step.members), String(step.unfinished)],
          }))}
        />
      )}
      {stalls.unhelpful.length === 0 ? (
        <p>No member has voted a step not helpful.</p>
      ) : (
        <StepTable
          caption="Steps members voted not helpful"
          columns={['Not helpful', 'All votes']}
          rows={stalls.unhelpful.map((step) => ({
            key: step.stepId,
            title: step.title,
            cells: [String(step.notHelpful), String(step.votes)],
          }))}
        />
      )}
    </section>
  );
};

const ChecklistReadiness = ({ dashboard }: { dashboard: Dashboard }) => (
  <section aria-labelledby="readiness">
    <h2 id="readiness">Checklist readiness</h2>
    {dashboard.checklist.length === 0 ? (
      <p>This roadmap has no checklist.</p>
    ) : (
      <>
        <p>Members who say they are confident in each item, of all {people(dashboard.members.total)}.</p>
        <ValueBars
          label={`Share of members confident: ${dashboard.checklist
            .map((item) => `${item.title} ${Math.round(item.readyPercent)}%`)
            .join(', ')}`}
          max={100}
          rows={dashboard.checklist.map((item) => ({
            label: item.title,
            value: item.readyPercent,
            display: `${Math.round(item.readyPercent)}%`,
          }))}
        />
        <table className="audit-log cohort-table">
          <caption>Answers to each checklist item</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Confident</th>
              <th scope="col">Partly</th>
              <th scope="col">Not yet</th>
              <th scope="col">No answer</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.checklist.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">{item.title}</th>
                <td>{item.confident}</td>
                <td>{item.partly}</td>
                <td>{item.notYet}</td>
                <td>{dashboard.members.total - item.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    )}
  </section>
);

export const CohortDashboard = ({ cohortId }: { cohortId: string }) => {
  const [idleDays, setIdleDays] = useState(7);
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/cohorts/{id}/dashboard', { params: { path: { id: cohortId }, query: { idleDays } } })),
    [cohortId, idleDays],
  );
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the cohort at a glance…" />}>
      {(dashboard) =>
        dashboard.members.total === 0 ? (
          <Empty hint="The figures appear once learners join.">Nothing to count yet.</Empty>
        ) : (
          <>
            <section aria-labelledby="at-a-glance">
              <h2 id="at-a-glance">At a glance</h2>
              <Summary dashboard={dashboard} />
            </section>
            <Stalls stalls={dashboard.stalls} idleDays={idleDays} onIdleDays={setIdleDays} />
            <ChecklistReadiness dashboard={dashboard} />
          </>
        )
      }
    </Show>
  );
};
