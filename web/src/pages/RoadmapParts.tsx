// The parts of a roadmap page about the role and the edition: the edition line, what the job involves, what you will
// be able to do, things to keep in mind, other paths, the closing paragraph of a section, the way into step 1 and the
// resources of every step.
import type { Roadmap } from '../api/types';
import { formatDay } from '../dates';
import { Link } from '../router';
import { ResourceLink } from '../ui/LinkWarning';
import { Markdown } from '../ui/Markdown';

const LEVEL_LABELS: Record<Roadmap['level'], string> = {
  beginner: 'For beginners',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
export const levelLabel = (level: Roadmap['level']) => LEVEL_LABELS[level];

/** "2 December 2026" from "2026-12-02": an edition's day is written the same way for every reader. */
export const editionDay = (isoDate: string) => formatDay(isoDate, { month: 'long', locale: 'en-GB' });

/**
 * "Roadmap · 2026 · Updated 2 December 2026 · version 3": which edition the reader is looking at, and a way to its
 * changelog. Above the title, so the link is not one more Tab stop between the title and the first step.
 */
export const EditionLine = ({ roadmap }: { roadmap: Pick<Roadmap, 'slug' | 'edition' | 'version'> }) => (
  <p className="edition">
    Roadmap · {roadmap.edition.year} · Updated{' '}
    <time dateTime={roadmap.edition.updated}>{editionDay(roadmap.edition.updated)}</time>
    {roadmap.version !== null && (
      <>
        {' '}
        · <Link href={`/roadmaps/${roadmap.slug}/changelog`}>version {roadmap.version.number}</Link>
      </>
    )}
  </p>
);

/** Title-and-detail items: duties, things to keep in mind. */
const Items = ({ items, numbered }: { items: { id: string; title: string; detail: string }[]; numbered?: boolean }) => {
  const List = numbered ? 'ol' : 'ul';
  return (
    <List className={numbered ? 'principles' : 'duties'}>
      {items.map((item) => (
        <li key={item.id} id={`${numbered ? 'principle' : 'duty'}-${item.id}`}>
          <strong>{item.title}</strong>
          <p>{item.detail}</p>
        </li>
      ))}
    </List>
  );
};

export const Duties = ({ roadmap }: { roadmap: Roadmap }) => <Items items={roadmap.duties} />;

export const KeepInMind = ({ roadmap }: { roadmap: Roadmap }) => <Items items={roadmap.keepInMind} numbered />;

export const Outcomes = ({ roadmap }: { roadmap: Roadmap }) => (
  <>
    <h3>What you will be able to do</h3>
    <ul>
      {roadmap.outcomes.map((outcome) => (
        <li key={outcome}>{outcome}</li>
      ))}
    </ul>
  </>
);

export const OtherPaths = ({ roadmap }: { roadmap: Roadmap }) => (
  <ul className="cards other-paths">
    {roadmap.alternatives.map((path) => (
      <li key={path.id} id={`path-${path.id}`} className="card">
        <h3>{path.title}</h3>
        <p>{path.detail}</p>
        {path.roadmap && (
          <p>
            <Link href={`/roadmaps/${path.roadmap.slug}`}>See the {path.roadmap.title}</Link>
          </p>
        )}
      </li>
    ))}
  </ul>
);

/** The paragraph that rounds off a section (history, market, checklist), when the roadmap has one. */
export const Closing = ({ source }: { source: string | undefined }) =>
  source === undefined ? null : (
    <div className="closing">
      <Markdown source={source} headingLevel={3} />
    </div>
  );

/** After the conclusion: the one thing to do next. */
export const FirstStepLink = ({ roadmap }: { roadmap: Roadmap }) => {
  const first = roadmap.tiers[0]?.steps[0];
  if (first === undefined) return null;
  return (
    <p className="first-step">
      <Link className="button" href={`/roadmaps/${roadmap.slug}/steps/${first.id}`}>
        Start with step 1: {first.title}
      </Link>
    </p>
  );
};

/** Every resource the steps point to, once each, by type. */
export const Resources = ({ roadmap }: { roadmap: Roadmap }) => {
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
                <ResourceLink resource={resource} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
};
