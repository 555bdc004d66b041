// The learning path as a map: its stages side by side (one under the other on a phone), each with its steps in
// order, joined by lines. Each step is a link to its page and says the learner's status on it in words and with an
// icon, coloured as well; to a screen reader the map is a list of stages with headings, each a list of links.
import type { Roadmap, StepStatus } from '../api/types';
import { STATUS_LABELS } from '../progress';
import { Link } from '../router';
import { scrollable, useOverflowing } from '../ui/overflow';

const ICONS: Record<StepStatus, string> = {
  done: 'M5 8.2l2 2 4-4.4',
  in_progress: 'M8 3.5a4.5 4.5 0 010 9z',
  skipped: 'M5 5l3 3-3 3M8.5 5l3 3-3 3',
  todo: '',
};

/** The status drawn: a ring, filled and ticked, half full, or with arrows past it. Decoration: words say the same. */
export const StatusIcon = ({ status }: { status: StepStatus }) => (
  <svg className="map-icon" viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="6.5" fill={status === 'done' ? 'currentColor' : 'none'} stroke="currentColor" />
    {ICONS[status] && (
      <path
        d={ICONS[status]}
        fill={status === 'in_progress' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={status === 'in_progress' ? 0 : 1.6}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    )}
  </svg>
);

export const PathMap = ({
  roadmap,
  statuses,
  next,
}: {
  roadmap: Roadmap;
  statuses: Record<string, StepStatus>;
  /** The step to carry on with, marked as the current one. */
  next: string | undefined;
}) => {
  const { ref, overflowing } = useOverflowing<HTMLDivElement>();
  return (
    // Where the stages do not fit side by side the map scrolls sideways, and can then be focused to scroll it with
    // the arrow keys.
    <div ref={ref} className="map-scroll" {...scrollable(overflowing, 'Map of the learning path (scrolls sideways)')}>
      <ol className="map">
        {roadmap.tiers.map((tier, index) => (
          <li key={tier.id} className="map-tier">
            <h3 id={`map-tier-${tier.id}`} className="map-tier-title">
              <span className="map-stage">Stage {index + 1}</span> {tier.title}
            </h3>
            <p className="map-tier-meta">
              {tier.steps.length} steps · about {tier.estimatedHours} hours
            </p>
            <ol className="map-steps">
              {tier.steps.map((step) => {
                const status = statuses[step.id] ?? 'todo';
                return (
                  <li key={step.id} className={`map-step status-${status}`}>
                    <Link
                      className="map-node"
                      href={`/roadmaps/${roadmap.slug}/steps/${step.id}`}
                      // The words shown, with the punctuation a screen reader needs to say them as one phrase.
                      aria-label={`Step ${step.number}: ${step.title} — ${STATUS_LABELS[status]}`}
                      aria-current={step.id === next ? 'step' : undefined}
                    >
                      <StatusIcon status={status} />
                      <span className="map-number">Step {step.number}</span>{' '}
                      <span className="map-title">{step.title}</span>{' '}
                      <span className="map-status">{STATUS_LABELS[status]}</span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
};
