// A roadmap's analytics for editors: helpfulness per section (ranked by the Wilson lower bound), the learner funnel
// with its drop-offs, active learners per week and the median time per step. Each chart has its numbers in a table
// below it; the figures come from the hourly rollup, so the page says when they were computed (and an editor can ask
// for them now: AnalyticsFreshness).
import { useState } from 'react';
import { api, call, download } from '../api/client';
import type { Ok, Roadmap } from '../api/types';
import { formatDay } from '../dates';
import { EditorPage } from '../editor';
import { AnalyticsFreshness } from './AnalyticsFreshness';
import { Link } from '../router';
import { targetLabel } from '../sections';
import { announce } from '../ui/announcer';
import { Columns, ValueBars } from '../ui/charts';
import { usePageTitle } from '../ui/page';
import { ChartIcon, MapIcon } from '../ui/icons';
import { Empty, ErrorMessage, Show, useResource } from '../ui/states';

type Analytics = Ok<'/v1/roadmaps/{slug}/analytics'>;

const percent = (share: number) => `${Math.round(share * 100)}%`;

const duration = (seconds: number) => {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400 * 2) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
};

/** The words for every target and step of the roadmap, by target: "step:x" → "3. HTTP and APIs". */
const namesOf = (roadmap: Roadmap) => {
  const names: Record<string, string> = {};
  const steps = roadmap.tiers.flatMap((tier) => tier.steps);
  for (const tier of roadmap.tiers) names[`tier:${tier.id}`] = tier.title;
  for (const step of steps) names[`step:${step.id}`] = `${step.number}. ${step.title}`;
  for (const month of roadmap.plan.months) names[`month:${month.month}`] = `${month.month}, ${month.title}`;
  for (const priority of roadmap.priorities) names[`priority:${priority.id}`] = priority.title;
  for (const challenge of roadmap.challenges) names[`challenge:${challenge.id}`] = challenge.title;
  for (const item of roadmap.checklist) names[`checklist:${item.id}`] = item.title;
  for (const entry of roadmap.faq) names[`faq:${entry.id}`] = entry.question;
  for (const resource of steps.flatMap((step) => step.resources)) names[`resource:${resource.id}`] = resource.title;
  for (const duty of roadmap.duties) names[`duty:${duty.id}`] = duty.title;
  for (const principle of roadmap.keepInMind) names[`principle:${principle.id}`] = principle.title;
  for (const path of roadmap.alternatives) names[`path:${path.id}`] = path.title;
  return names;
};

/** The numbers behind a chart: one row per subject, its name as the row header. */
const FigureTable = ({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; head: string; cells: (string | number)[] }[];
}) => (
  // On a phone the table scrolls sideways, so keyboard users can focus it to scroll it (and hear what it is).
  <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.head}</th>
            {row.cells.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

const Helpfulness = ({ analytics, names }: { analytics: Analytics; names: Record<string, string> }) => {
  const rows = analytics.helpfulness;
  return (
    <section aria-labelledby="helpfulness-heading">
      <h2 id="helpfulness-heading">Helpfulness per section</h2>
      {rows.length === 0 ? (
        <Empty icon={<ChartIcon />}>No votes yet.</Empty>
      ) : (
        <>
          <p className="muted">
            Ranked by the lower bound of the 95 % Wilson interval, so few votes rank below many. The bar is the helpful
            share; the tick is the lower bound.
          </p>
          <ValueBars
            label={`Helpful share per section, ${rows.length} sections; the numbers are in the table below`}
            max={1}
            rows={rows.map((row) => {
              const total = row.helpful + row.notHelpful;
              return {
                label: targetLabel(row.target, { ...names, [row.target]: row.about.title }),
                value: total === 0 ? 0 : row.helpful / total,
                marker: row.wilsonLowerBound,
                display: `${row.helpful}/${total}`,
              };
            })}
          />
          <FigureTable
            caption="Votes per section, best first"
            columns={['Section', 'Helpful', 'Not helpful', 'Helpful share', 'Wilson lower bound']}
            rows={rows.map((row) => {
              const total = row.helpful + row.notHelpful;
              return {
                key: row.target,
                head: targetLabel(row.target, { ...names, [row.target]: row.about.title }),
                cells: [
                  row.helpful,
                  row.notHelpful,
                  total === 0 ? '—' : percent(row.helpful / total),
                  row.wilsonLowerBound.toFixed(3),
                ],
              };
            })}
          />
        </>
      )}
    </section>
  );
};

const Funnel = ({ analytics, names }: { analytics: Analytics; names: Record<string, string> }) => {
  const { followers, steps } = analytics.funnel;
  const max = Math.max(followers, ...steps.map((step) => step.started), 1);
  return (
    <section aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Learner funnel</h2>
      {followers === 0 && steps.every((step) => step.started === 0) ? (
        <Empty icon={<ChartIcon />}>Nobody has followed this roadmap yet.</Empty>
      ) : (
        <>
          <p className="muted">
            {followers} {followers === 1 ? 'learner' : 'learners'} followed the roadmap. The long bar is those who
            started a step, the green one inside it those who finished it.
          </p>
          <ValueBars
            label={`Learners who started and finished each step, out of ${followers} followers; the numbers are in the table below`}
            max={max}
            rows={[
              { label: 'Followed', value: followers, display: String(followers) },
              ...steps.map((step) => ({
                label: names[`step:${step.stepId}`] ?? `${step.number}. ${step.stepId}`,
                value: step.started,
                inner: step.finished,
                display: `${step.finished}/${step.started}`,
              })),
            ]}
          />
          <FigureTable
            caption="Started, finished and drop-off per step"
            columns={['Step', 'Started', 'Finished', 'Lost before starting', 'Started, not finished']}
            rows={steps.map((step) => ({
              key: step.stepId,
              head: names[`step:${step.stepId}`] ?? `${step.number}. ${step.stepId}`,
              cells: [step.started, step.finished, step.dropOffBefore, step.dropOffWithin],
            }))}
          />
        </>
      )}
    </section>
  );
};

const ActiveLearners = ({ analytics }: { analytics: Analytics }) => {
  const weeks = analytics.activeLearners;
  return (
    <section aria-labelledby="active-heading">
      <h2 id="active-heading">Active learners per week</h2>
      {weeks.length === 0 ? (
        <Empty icon={<ChartIcon />}>No learner activity yet.</Empty>
      ) : (
        <>
          <Columns
            label={`Learners active per week, ${weeks.length} weeks from ${formatDay(weeks[0]!.week)}; the numbers are in the table below`}
            columns={weeks.map((week) => ({ label: formatDay(week.week), value: week.learners }))}
          />
          <FigureTable
            caption="Distinct active learners per ISO week"
            columns={['Week of', 'Learners']}
            rows={weeks.map((week) => ({ key: week.week, head: formatDay(week.week), cells: [week.learners] }))}
          />
        </>
      )}
    </section>
  );
};

const StepTime = ({ analytics, names }: { analytics: Analytics; names: Record<string, string> }) => {
  const rows = analytics.stepTime;
  const max = Math.max(...rows.map((row) => row.medianSeconds), 1);
  return (
    <section aria-labelledby="time-heading">
      <h2 id="time-heading">Median time per step</h2>
      {rows.length === 0 ? (
        <Empty icon={<ChartIcon />}>No learner has gone from “in progress” to “done” yet.</Empty>
      ) : (
        <>
          <ValueBars
            label="Median time from starting a step to finishing it; the numbers are in the table below"
            max={max}
            rows={rows.map((row) => ({
              label: names[`step:${row.stepId}`] ?? row.stepId,
              value: row.medianSeconds,
              display: duration(row.medianSeconds),
            }))}
          />
          <FigureTable
            caption="Median time from “in progress” to “done”"
            columns={['Step', 'Learners', 'Median time']}
            rows={rows.map((row) => ({
              key: row.stepId,
              head: names[`step:${row.stepId}`] ?? row.stepId,
              cells: [row.learners, duration(row.medianSeconds)],
            }))}
          />
        </>
      )}
    </section>
  );
};

const RoadmapAnalytics = ({ slug }: { slug: string }) => {
  const { resource, reload } = useResource(
    () =>
      Promise.all([
        call(api.GET('/v1/roadmaps/{slug}/analytics', { params: { path: { slug } } })),
        call(api.GET('/v1/roadmaps/{slug}', { params: { path: { slug } } })),
      ]),
    [slug],
  );
  const [csvError, setCsvError] = useState<unknown>();
  return (
    <Show resource={resource} reload={reload}>
      {([analytics, roadmap]) => {
        const names = namesOf(roadmap);
        return (
          <>
            <p className="lead">
              <Link href={`/roadmaps/${slug}`}>{roadmap.title}</Link>
            </p>
            <AnalyticsFreshness
              slug={slug}
              computedAt={analytics.computedAt}
              recomputing={analytics.recomputing}
              onRecomputed={reload}
            />
            <p>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setCsvError(undefined);
                  download(`/v1/roadmaps/${encodeURIComponent(slug)}/analytics.csv`, `${slug}-analytics.csv`).then(
                    () => announce('Analytics downloaded as CSV'),
                    setCsvError,
                  );
                }}
              >
                Download all figures as CSV
              </button>
            </p>
            {csvError !== undefined && <ErrorMessage error={csvError} />}
            <Helpfulness analytics={analytics} names={names} />
            <Funnel analytics={analytics} names={names} />
            <ActiveLearners analytics={analytics} />
            <StepTime analytics={analytics} names={names} />
          </>
        );
      }}
    </Show>
  );
};

const RoadmapChoice = () => {
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/roadmaps', { params: { query: { limit: 100 } } })),
    [],
  );
  return (
    <Show resource={resource} reload={reload}>
      {({ items }) =>
        items.length === 0 ? (
          <Empty icon={<MapIcon />}>No roadmap is published yet.</Empty>
        ) : (
          <>
            <p>Choose a roadmap.</p>
            <ul className="plain-list">
              {items.map((roadmap) => (
                <li key={roadmap.slug}>
                  <Link href={`/editor/analytics/${roadmap.slug}`}>{roadmap.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </Show>
  );
};

export const AnalyticsPage = ({ slug }: { slug?: string }) => {
  usePageTitle('Analytics');
  return (
    <EditorPage title="Analytics" permission="analytics:read">
      {() => (slug === undefined ? <RoadmapChoice /> : <RoadmapAnalytics slug={slug} />)}
    </EditorPage>
  );
};
