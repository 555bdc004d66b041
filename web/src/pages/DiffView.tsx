// What changed between two versions of a roadmap, or between the published roadmap and a draft: the changelog and
// the review page show it alike. Changed texts are Markdown and are rendered as learners read them.
import '../styles/changelog.css';
import type { ReactNode } from 'react';
import type { TextChange, VersionDiff } from '../api/types';
import { Markdown } from '../ui/Markdown';

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

/**
 * Texts that are data, shown line by line as they are: lists the diff gives one item a line (step ids, topics,
 * outcomes) and structures it gives as YAML (resources, an edition). Every other text is Markdown, rendered.
 */
const DATA_FIELDS = new Set([
  'resources',
  'edition',
  'hoursPerWeek',
  'months',
  'estimatedHours',
  'steps',
  'topics',
  'goals',
  'outcomes',
  'audience',
]);

const Side = ({
  label,
  text,
  field,
  kind,
}: {
  label: string;
  text: string | null;
  field: string;
  kind: 'del' | 'ins';
}) => {
  const Mark = kind;
  return (
    <div className="diff-side">
      <p className="diff-label">{label}</p>
      {text === null ? (
        <p className="diff-none">{kind === 'del' ? 'Not there yet' : 'Removed'}</p>
      ) : DATA_FIELDS.has(field) ? (
        <Mark className="diff-data">{text}</Mark>
      ) : (
        <Mark className="diff-markdown">
          <Markdown source={text} headingLevel={4} />
        </Mark>
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

/**
 * What changed: steps added, removed, moved and renamed, then each changed text old beside new. `before` and `after`
 * label the two sides ("Before, in version 2"; a draft's diff says "Published now" and "In this draft").
 */
export const DiffView = ({
  diff,
  before,
  after,
}: {
  diff: Pick<VersionDiff, 'steps' | 'texts'>;
  before: string;
  after: string;
}) => {
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
                  <Side label={before} text={change.before} field={change.field} kind="del" />
                  <Side label={after} text={change.after} field={change.field} kind="ins" />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};
