// A roadmap's changelog: every version, newest first, with its date and notes, and what changed since the version
// before it: steps added, removed, moved and renamed, and each changed text with its old and new wording.
import '../styles/changelog.css';
import { useState, type ReactNode } from 'react';
import { api, call } from '../api/client';
import type { TextChange, VersionDiff, VersionSummary } from '../api/types';
import { Link } from '../router';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';

const SECTION_NAMES: Record<string, string> = {
  steps: 'Step',
  title: 'Title',
  summary: 'Summary',
  role: 'Role',
  level: 'Level',
  license: 'Licence',
  edition: 'Edition',
  outcomes: 'What you will be able to do',
  audience: 'Who it is for',
  intro: 'About this roadmap',
  conclusion: 'Conclusion',
  duties: 'What the job involves',
  keepInMind: 'Keep in mind',
  beforeYouStart: 'Before you start',
  durations: 'How long it takes',
  history: 'History',
  market: 'The job market',
  tiers: 'Stage',
  plan: 'Month plan',
  priorities: 'Priorities',
  challenges: 'Challenges',
  checklist: 'Job-ready checklist',
  faq: 'Question',
  alternatives: 'Other paths',
  closings: 'Closing paragraph',
};

const FIELD_NAMES: Record<string, string> = {
  body: 'text',
  estimatedHours: 'estimated hours',
  resources: 'resources',
  topics: 'topics',
  answer: 'answer',
  question: 'question',
  detail: 'detail',
  reason: 'reason',
  symptoms: 'what it looks like',
  remedy: 'how to get through it',
  goals: 'goals',
  hoursPerWeek: 'hours a week',
  steps: 'steps',
};

/** "Step · Queues · text": where a text is, in words. */
const whereOf = (change: TextChange) => {
  const parts = [SECTION_NAMES[change.section] ?? change.section];
  if (change.itemTitle !== null) parts.push(`“${change.itemTitle}”`);
  if (change.field !== change.section && change.itemId !== null) parts.push(FIELD_NAMES[change.field] ?? change.field);
  return parts.join(' · ');
};

const Side = ({ label, text, kind }: { label: string; text: string | null; kind: 'del' | 'ins' }) => {
  const Mark = kind;
  return (
    <div className="diff-side">
      <p className="diff-label">{label}</p>
      {text === null ? (
        <p className="diff-none">{kind === 'del' ? 'Not there yet' : 'Removed'}</p>
      ) : (
        <Mark>{text}</Mark>
      )}
    </div>
  );
};

const place = (at: { tierTitle: string; number: number }) => `step ${at.number}, in ${at.tierTitle}`;

/** One kind of step change under its heading; nothing at all when there is none of that kind. */
const StepList = <T extends { id: string }>({
  title,
  steps,
  children,
}: {
  title: string;
  steps: T[];
  children: (step: T) => ReactNode;
}) =>
  steps.length === 0 ? null : (
    <>
      <h3>{title}</h3>
      <ul className="diff-steps">
        {steps.map((step) => (
          <li key={step.id}>{children(step)}</li>
        ))}
      </ul>
    </>
  );

export const DiffView = ({ diff }: { diff: VersionDiff }) => {
  const { added, removed, moved, renamed } = diff.steps;
  const nothing = added.length + removed.length + moved.length + renamed.length + diff.texts.length === 0;
  if (nothing) return <p>Nothing a reader sees changed.</p>;
  return (
    <>
      <StepList title="Steps added" steps={added}>
        {(step) => (
          <>
            <ins>{step.title}</ins> ({place(step)})
          </>
        )}
      </StepList>
      <StepList title="Steps removed" steps={removed}>
        {(step) => (
          <>
            <del>{step.title}</del> (was {place(step)})
          </>
        )}
      </StepList>
      <StepList title="Steps moved" steps={moved}>
        {(step) => (
          <>
            {step.title}: from {place(step.before)} to {place(step.after)}
          </>
        )}
      </StepList>
      <StepList title="Steps renamed" steps={renamed}>
        {(step) => (
          <>
            <span className="visually-hidden">Was </span>
            <del>{step.before}</del>, now <ins>{step.after}</ins>
          </>
        )}
      </StepList>
      {diff.texts.length > 0 && (
        <>
          <h3>Texts changed</h3>
          <ul className="diff-texts">
            {diff.texts.map((change) => (
              <li key={`${change.section}/${change.itemId ?? ''}/${change.field}`}>
                <p className="diff-where">{whereOf(change)}</p>
                <div className="diff-pair">
                  <Side label={`Before, in version ${diff.from}`} text={change.before} kind="del" />
                  <Side label={`After, in version ${diff.to}`} text={change.after} kind="ins" />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};

const VersionChanges = ({ slug, version }: { slug: string; version: number }) => {
  const { resource, reload } = useResource(
    () =>
      call(
        api.GET('/v1/roadmaps/{slug}/versions/{from}/diff/{to}', {
          params: { path: { slug, from: version - 1, to: version } },
        }),
      ),
    [slug, version],
  );
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Comparing the versions…" />}>
      {(diff) => <DiffView diff={diff} />}
    </Show>
  );
};

const countsText = ({ changes }: VersionSummary) => {
  const parts = [
    [changes.stepsAdded, 'added'],
    [changes.stepsRemoved, 'removed'],
    [changes.stepsChanged, 'changed'],
  ]
    .filter(([count]) => Number(count) > 0)
    .map(([count, what]) => `${count} ${Number(count) === 1 ? 'step' : 'steps'} ${what}`);
  return parts.length > 0 ? parts.join(', ') : changes.textsChanged > 0 ? 'Texts changed' : 'No step changed';
};

/** One version; the newest opens with what changed, the others when the reader asks. */
const VersionEntry = ({ slug, version, newest }: { slug: string; version: VersionSummary; newest: boolean }) => {
  const { date } = useLearnerTime();
  const [open, setOpen] = useState(newest);
  return (
    <li className="changelog-version" id={`version-${version.number}`}>
      <h2>Version {version.number}</h2>
      <p className="changelog-meta">
        <time dateTime={version.publishedAt}>{date(version.publishedAt)}</time> ·{' '}
        {version.source === 'import' ? 'from the content files' : 'published in Waymark'}
        {version.number > 1 && <> · {countsText(version)}</>}
      </p>
      <p>{version.notes}</p>
      {version.number > 1 && (
        <details className="changelog-changes" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>What changed since version {version.number - 1}</summary>
          {open && <VersionChanges slug={slug} version={version.number} />}
        </details>
      )}
    </li>
  );
};

export const ChangelogPage = ({ slug }: { slug: string }) => {
  const { resource, reload } = useResource(
    () =>
      Promise.all([
        call(api.GET('/v1/roadmaps/{slug}', { params: { path: { slug } } })),
        call(api.GET('/v1/roadmaps/{slug}/versions', { params: { path: { slug } } })),
      ]),
    [slug],
  );
  usePageTitle(resource.status === 'ready' ? `Changelog of ${resource.data[0].title}` : 'Changelog');
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading fill />}>
      {([roadmap, versions]) => (
        <article className="changelog">
          <p>
            <Link href={`/roadmaps/${slug}`}>Back to {roadmap.title}</Link>
          </p>
          <h1>Changelog: {roadmap.title}</h1>
          <p className="lead">Every version of this roadmap, newest first, and what changed in each.</p>
          <ol className="changelog-versions" reversed>
            {versions.items.map((version, index) => (
              <VersionEntry key={version.number} slug={slug} version={version} newest={index === 0} />
            ))}
          </ol>
        </article>
      )}
    </Show>
  );
};
