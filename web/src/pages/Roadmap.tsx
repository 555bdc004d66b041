// A roadmap, every section of it; the learning path itself is drawn in RoadmapPath.tsx.
import { createContext, useContext, type ReactNode } from 'react';
import { api, call } from '../api/client';
import type { Roadmap } from '../api/types';
import { useFeedbackCounts, WasThisHelpful } from '../feedback';
import { KeepGoing } from '../hub';
import { useStepStatuses } from '../progress';
import { LearningPath, Outline } from './RoadmapPath';
import { Closing, Duties, EditionLine, FirstStepLink, KeepInMind, OtherPaths, Outcomes } from './RoadmapParts';
import { Link } from '../router';
import { ROADMAP_SECTIONS, sectionTitle, type SectionId } from '../sections';
import { Markdown } from '../ui/Markdown';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';

// Every section asks "Was this helpful?" about itself; the counts for the whole page come in one request.
const FeedbackContext = createContext<{ roadmap: string } & ReturnType<typeof useFeedbackCounts>>({
  roadmap: '',
  counts: new Map(),
  refresh: () => undefined,
});

const FeedbackScope = ({ roadmap, children }: { roadmap: string; children: ReactNode }) => {
  const feedback = useFeedbackCounts(roadmap);
  return <FeedbackContext.Provider value={{ roadmap, ...feedback }}>{children}</FeedbackContext.Provider>;
};

/** A part of the page with its "Was this helpful?"; `title` replaces the usual heading (the role's own words). */
const Section = ({ id, title, children }: { id: SectionId; title?: string; children: ReactNode }) => {
  const { roadmap, counts, refresh } = useContext(FeedbackContext);
  const target = `section:${id}`;
  const heading = title ?? sectionTitle(id)!;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="roadmap-section">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
      <WasThisHelpful roadmap={roadmap} target={target} about={heading} counts={counts.get(target)} onVoted={refresh} />
    </section>
  );
};

const range = ({ min, max }: { min: number; max: number }, unit: string) =>
  min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;

const Resources = ({ roadmap }: { roadmap: Roadmap }) => {
  const seen = new Map<string, Roadmap['tiers'][number]['steps'][number]['resources'][number]>();
  for (const step of roadmap.tiers.flatMap((tier) => tier.steps))
    for (const resource of step.resources) seen.set(resource.id, resource);
  const byType = Map.groupBy([...seen.values()], (resource) => resource.type);
  return (
    <>
      {[...byType.entries()].map(([type, resources]) => (
        <section key={type} aria-labelledby={`resources-${type}`}>
          <h3 id={`resources-${type}`} className="capitalize">
            {type === 'docs' ? 'Official documentation' : `${type}s`}
          </h3>
          <ul className="resource-list">
            {resources.map((resource) => (
              <li key={resource.id}>
                <a href={resource.url} rel="noopener noreferrer">
                  {resource.title}
                </a>
                {resource.publisher && <span className="muted"> · {resource.publisher}</span>}
                {!resource.free && <span className="badge">paid</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
};

const RoadmapView = ({ roadmap }: { roadmap: Roadmap }) => {
  const progress = useStepStatuses(roadmap.slug);
  const stepTitle = (id: string) => roadmap.tiers.flatMap((tier) => tier.steps).find((step) => step.id === id);
  const headings: Partial<Record<SectionId, string>> = { duties: `What a ${roadmap.role} does` };
  return (
    <article className="roadmap">
      <header className="roadmap-header">
        <EditionLine edition={roadmap.edition} />
        <h1>{roadmap.title}</h1>
        <p className="lead">{roadmap.summary}</p>
        <p className="muted">
          {roadmap.stats.tiers} tiers · {roadmap.stats.steps} steps · about {roadmap.stats.estimatedHours} hours ·{' '}
          {roadmap.stats.resources} resources
        </p>
        <p>
          <Link className="button" href={`/roadmaps/${roadmap.slug}/plan`}>
            Plan it at your pace
          </Link>
        </p>
      </header>
      <nav aria-label="Sections" className="toc">
        <h2 className="toc-title">On this page</h2>
        <ol>
          {ROADMAP_SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{headings[id] ?? title}</a>
            </li>
          ))}
        </ol>
      </nav>
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
        <Section id="path">
          <LearningPath roadmap={roadmap} statuses={progress.statuses} />
        </Section>
        <Section id="outline">
          <Outline roadmap={roadmap} progress={progress} />
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
          {new Date(roadmap.updatedAt).toLocaleDateString()}.
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
