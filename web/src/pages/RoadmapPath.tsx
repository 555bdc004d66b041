// The roadmap's learning path, shown twice: as a visual path of tiers and steps with each step's status, and as a
// plain numbered outline with a tick box per step, which is the whole path usable with a keyboard or a screen reader.
import type { Roadmap, StepStatus } from '../api/types';
import { STATUS_LABELS, type useStepStatuses } from '../progress';
import { Link } from '../router';
import { ErrorMessage } from '../ui/states';

const statusClass = (status: StepStatus | undefined) => `status-${status ?? 'todo'}`;

export const LearningPath = ({ roadmap, statuses }: { roadmap: Roadmap; statuses: Record<string, StepStatus> }) => (
  <ol className="path">
    {roadmap.tiers.map((tier) => (
      <li key={tier.id} className="path-tier">
        <h3>{tier.title}</h3>
        <p className="muted">
          {tier.summary} About {tier.estimatedHours} hours.
        </p>
        <ol className="path-steps">
          {tier.steps.map((step) => (
            <li key={step.id} className={`path-step ${statusClass(statuses[step.id])}`}>
              <span className="path-dot" aria-hidden="true">
                {statuses[step.id] === 'done' ? '✓' : step.number}
              </span>
              <Link href={`/roadmaps/${roadmap.slug}/steps/${step.id}`}>{step.title}</Link>
              {statuses[step.id] && statuses[step.id] !== 'todo' && (
                <span className="visually-hidden"> ({STATUS_LABELS[statuses[step.id]!]})</span>
              )}
            </li>
          ))}
        </ol>
      </li>
    ))}
  </ol>
);

export const Outline = ({
  roadmap,
  progress: { statuses, setStatus, error, signedIn },
}: {
  roadmap: Roadmap;
  progress: ReturnType<typeof useStepStatuses>;
}) => {
  const steps = roadmap.tiers.flatMap((tier) => tier.steps.map((step) => ({ ...step, tier: tier.title })));
  return (
    <>
      <p className="muted">
        Tick a step when you have done it.{' '}
        {signedIn
          ? 'Your progress is saved to your account.'
          : 'Without an account it is kept in this browser; sign up to keep it anywhere.'}
      </p>
      {error !== undefined && <ErrorMessage error={error} />}
      <ol className="outline">
        {steps.map((step) => (
          <li key={step.id} className={statusClass(statuses[step.id])}>
            <input
              type="checkbox"
              id={`done-${step.id}`}
              checked={statuses[step.id] === 'done'}
              onChange={(event) =>
                void setStatus(step.id, step.title, event.target.checked ? 'done' : 'todo').catch(() => undefined)
              }
            />
            <label htmlFor={`done-${step.id}`} className="visually-hidden">
              Done: step {step.number}, {step.title}
            </label>{' '}
            <Link href={`/roadmaps/${roadmap.slug}/steps/${step.id}`}>
              {step.number}. {step.title}
            </Link>{' '}
            <span className="muted">
              ({step.tier}, about {step.estimatedHours} h
              {statuses[step.id] === 'in_progress' || statuses[step.id] === 'skipped'
                ? `, ${STATUS_LABELS[statuses[step.id]!].toLowerCase()}`
                : ''}
              )
            </span>
            <p>{step.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
};
