// The roadmap's learning path, first on its page, two ways: as a map of stages and steps with each step's status
// (RoadmapMap.tsx), and as a plain numbered outline with a tick box per step. The reader switches with two tabs; a link
// to #outline opens the outline.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Roadmap, StepStatus } from '../api/types';
import { STATUS_LABELS, type useStepStatuses } from '../progress';
import { Link } from '../router';
import { CopyLink } from '../ui/copy-link';
import { ErrorMessage } from '../ui/states';
import { PathMap } from './RoadmapMap';
import { Section } from './RoadmapSection';

const statusClass = (status: StepStatus | undefined) => `status-${status ?? 'todo'}`;

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
            <CopyLink
              href={`/roadmaps/${roadmap.slug}/steps/${step.id}`}
              about={`Step ${step.number}: ${step.title}`}
            />
            <p>{step.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
};

const VIEWS = [
  ['map', 'Map'],
  ['outline', 'Outline'],
] as const;
type View = (typeof VIEWS)[number][0];
// Not kept between visits: the map is where the page starts, and a link to #outline opens the outline.
const firstView = (): View => (window.location.hash === '#outline' ? 'outline' : 'map');

/** Map | Outline, as tabs: one stop for Tab, the arrow keys move between them (and show the one they reach). */
const ViewTabs = ({ view, onChoose }: { view: View; onChoose: (view: View) => void }) => {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.findIndex(([id]) => id === view);
    const last = VIEWS.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChoose(VIEWS[next]![0]);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Show the path as" className="map-views" data-print="hide" onKeyDown={onKeyDown}>
      {VIEWS.map(([id, label], index) => (
        <button
          key={id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`path-tab-${id}`}
          aria-selected={view === id}
          aria-controls={id === 'map' ? 'path-map' : 'outline'}
          tabIndex={view === id ? 0 : -1}
          onClick={() => onChoose(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
};

export const PathSection = ({
  roadmap,
  progress,
  next,
}: {
  roadmap: Roadmap;
  progress: ReturnType<typeof useStepStatuses>;
  next: string | undefined;
}) => {
  const [view, setView] = useState<View>(firstView);
  return (
    <Section id="path" className="map-section" tools={<ViewTabs view={view} onChoose={setView} />}>
      <div id="path-map" role="tabpanel" aria-labelledby="path-tab-map" hidden={view !== 'map'}>
        <PathMap roadmap={roadmap} statuses={progress.statuses} next={next} />
      </div>
      <div id="outline" role="tabpanel" aria-labelledby="path-tab-outline" hidden={view !== 'outline'}>
        <Outline roadmap={roadmap} progress={progress} />
      </div>
    </Section>
  );
};
