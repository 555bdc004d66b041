// A roadmap: a short header, then the learning path as a map (RoadmapPath.tsx) under a bar that keeps the next step in
// reach (RoadmapBar.tsx), then every other section, with the contents beside them (RoadmapContents.tsx).
import '../styles/map.css';
import { api, call } from '../api/client';
import type { Roadmap } from '../api/types';
import { KeepGoing } from '../hub';
import { nextStep, useStepStatuses } from '../progress';
import { Link } from '../router';
import { ROADMAP_SECTIONS, type SectionId } from '../sections';
import { useLearnerTime } from '../ui/learner-time';
import { Markdown } from '../ui/Markdown';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';
import { ProgressBar } from './RoadmapBar';
import { WhatChanged } from './RoadmapChanges';
import { Contents, useOpenAtHash } from './RoadmapContents';
import { PathSection } from './RoadmapPath';
import {
  Closing,
  Duties,
  EditionLine,
  FirstStepLink,
  KeepInMind,
  levelLabel,
  OtherPaths,
  Outcomes,
  Resources,
} from './RoadmapParts';
import { FeedbackScope, Section } from './RoadmapSection';

const range = ({ min, max }: { min: number; max: number }, unit: string) =>
  min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;

/** The shortest and the longest time to finish, over every pace. */
const months = (roadmap: Roadmap) =>
  range(
    {
      min: Math.min(...roadmap.durations.map((duration) => duration.months.min)),
      max: Math.max(...roadmap.durations.map((duration) => duration.months.max)),
    },
    'months',
  );

// The path comes first; the outline is one of its two views, not a section of its own any more.
const PAGE_SECTIONS: SectionId[] = [
  'path',
  ...ROADMAP_SECTIONS.map(([id]) => id).filter((id) => id !== 'path' && id !== 'outline'),
];

const RoadmapView = ({ roadmap }: { roadmap: Roadmap }) => {
  const progress = useStepStatuses(roadmap.slug);
  const { date } = useLearnerTime();
  const steps = roadmap.tiers.flatMap((tier) => tier.steps);
  const stepTitle = (id: string) => steps.find((step) => step.id === id);
  const next = nextStep(steps, progress.statuses);
  const headings: Partial<Record<SectionId, string>> = { duties: `What a ${roadmap.role} does` };
  const sectionTitles = Object.fromEntries(ROADMAP_SECTIONS) as Record<SectionId, string>;
  useOpenAtHash();
  return (
    <article className="roadmap">
      <header className="roadmap-header">
        <EditionLine roadmap={roadmap} />
        <h1>{roadmap.title}</h1>
        <a className="map-skip" href="#path" data-print="hide">
          Skip to the learning path
        </a>
        <p className="lead">{roadmap.summary}</p>
        <ul className="map-facts">
          <li>{levelLabel(roadmap.level)}</li>
          <li>{months(roadmap)}</li>
          <li>
            {roadmap.stats.steps} steps in {roadmap.stats.tiers} stages
          </li>
          <li>about {roadmap.stats.estimatedHours} hours</li>
        </ul>
        <WhatChanged roadmap={roadmap} />
      </header>
      <ProgressBar roadmap={roadmap} statuses={progress.statuses} next={next} />
      <PathSection roadmap={roadmap} progress={progress} next={next?.id} />
      <Contents sections={PAGE_SECTIONS.map((id) => [id, headings[id] ?? sectionTitles[id]] as const)} />
      <div className="roadmap-body">
        <Section id="duties" title={headings.duties}>
          <Duties roadmap={roadmap} />
        </Section>
        <Section id="about">
          <Markdown source={roadmap.intro} />
          <Outcomes roadmap={roadmap} />
          <h3>Who it is for</h3>
          <ul>
            {roadmap.audience.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Section>
        <Section id="keep-in-mind">
          <KeepInMind roadmap={roadmap} />
        </Section>
        <Section id="before-you-start">
          <dl className="defs">
            {roadmap.beforeYouStart.map((item) => (
              <div key={item.id}>
                <dt>{item.title}</dt>
                <dd>{item.detail}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section id="durations">
          <table>
            <caption className="visually-hidden">Months to finish at different paces</caption>
            <thead>
              <tr>
                <th scope="col">Pace</th>
                <th scope="col">Hours a week</th>
                <th scope="col">Months</th>
              </tr>
            </thead>
            <tbody>
              {roadmap.durations.map((duration) => (
                <tr key={duration.id}>
                  <th scope="row">
                    {duration.label}
                    {duration.note && <span className="muted block">{duration.note}</span>}
                  </th>
                  <td>{range(duration.hoursPerWeek, 'h')}</td>
                  <td>{range(duration.months, 'months')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link href={`/roadmaps/${roadmap.slug}/plan`}>Plan it at your pace</Link>: your own hours a week, and the
            dates each stage would take you to.
          </p>
        </Section>
        <Section id="history">
          <ol className="timeline">
            {roadmap.history.map((entry) => (
              <li key={entry.id}>
                <p className="timeline-period">{entry.period}</p>
                <h3>{entry.title}</h3>
                <p>{entry.summary}</p>
              </li>
            ))}
          </ol>
          <Closing source={roadmap.closings.history} />
        </Section>
        <Section id="market">
          {roadmap.market.map((note) => (
            <section key={note.id} aria-labelledby={`market-${note.id}`}>
              <h3 id={`market-${note.id}`}>{note.title}</h3>
              <Markdown source={note.body} headingLevel={4} />
            </section>
          ))}
          <Closing source={roadmap.closings.market} />
        </Section>
        <Section id="month-plan">
          {roadmap.plan.summary && <p>{roadmap.plan.summary}</p>}
          <ol className="months">
            {roadmap.plan.months.map((month) => (
              <li key={month.month} className="card">
                <h3>
                  Month {month.month}: {month.title}
                </h3>
                <p className="muted">{range(month.hoursPerWeek, 'hours a week')}</p>
                <ul>
                  {month.goals.map((goal) => (
                    <li key={goal}>{goal}</li>
                  ))}
                </ul>
                <p>
                  Steps:{' '}
                  {month.steps.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <Link href={`/roadmaps/${roadmap.slug}/steps/${id}`}>{stepTitle(id)?.title ?? id}</Link>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        </Section>
        <Section id="priorities">
          <ol className="priorities">
            {roadmap.priorities.map((priority) => (
              <li key={priority.id}>
                <strong>{priority.title}</strong>
                <p>{priority.reason}</p>
              </li>
            ))}
          </ol>
        </Section>
        <Section id="challenges">
          {roadmap.challenges.map((challenge) => (
            <section key={challenge.id} className="card" aria-labelledby={`challenge-${challenge.id}`}>
              <h3 id={`challenge-${challenge.id}`}>{challenge.title}</h3>
              <p>
                <strong>What it looks like: </strong>
                {challenge.symptoms}
              </p>
              <p>
                <strong>How to get through it: </strong>
                {challenge.remedy}
              </p>
            </section>
          ))}
        </Section>
        <Section id="checklist">
          <ul className="checklist">
            {roadmap.checklist.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                <p>{item.detail}</p>
              </li>
            ))}
          </ul>
          <Closing source={roadmap.closings.checklist} />
          <p>
            <Link href="/dashboard">Rate yourself against this checklist on your dashboard.</Link>
          </p>
        </Section>
        <Section id="faq">
          {roadmap.faq.map((entry) => (
            <details key={entry.id} id={`faq-${entry.id}`}>
              <summary>{entry.question}</summary>
              <Markdown source={entry.answer} headingLevel={4} />
            </details>
          ))}
        </Section>
        <Section id="other-paths">
          <OtherPaths roadmap={roadmap} />
        </Section>
        <Section id="conclusion">
          <Markdown source={roadmap.conclusion} />
          <FirstStepLink roadmap={roadmap} />
        </Section>
        <Section id="resources">
          <Resources roadmap={roadmap} />
        </Section>
        <KeepGoing roadmap={roadmap.slug} title={roadmap.title} />
        <p className="muted">
          Content licensed under <a href={roadmap.license.url}>{roadmap.license.name}</a>. Updated{' '}
          <time dateTime={roadmap.updatedAt}>{date(roadmap.updatedAt)}</time>.
        </p>
      </div>
    </article>
  );
};

export const RoadmapPage = ({ slug }: { slug: string }) => {
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/roadmaps/{slug}', { params: { path: { slug } } })),
    [slug],
  );
  usePageTitle(resource.status === 'ready' ? resource.data.title : 'Roadmap');
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading fill />}>
      {(roadmap) => (
        <FeedbackScope roadmap={roadmap.slug}>
          <RoadmapView roadmap={roadmap} />
        </FeedbackScope>
      )}
    </Show>
  );
};
