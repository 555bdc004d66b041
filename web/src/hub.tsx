// What the Resource Hub shows outside its own pages: the kind and level badges, a review's rating in words, the hub
// entries linked from a step, and the "Keep going" call at the end of a roadmap.
import { api, call } from './api/client';
import type { HubEntrySummary } from './api/types';
import { Link } from './router';
import { Show, useResource } from './ui/states';

export type HubKind = HubEntrySummary['kind'];
export type HubLevel = HubEntrySummary['level'];

export const KIND_LABELS: Record<HubKind, string> = { guide: 'Guide', review: 'Review', cheatsheet: 'Cheatsheet' };
export const LEVEL_LABELS: Record<HubLevel, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** "4 out of 5", "3.5 out of 5": what a screen reader says, and what the stars stand for. */
export const ratingText = (rating: number) => `${rating} out of 5`;

/** Five stars, filled as far as the rating goes; the words carry the meaning, the stars are decoration. */
export const Rating = ({ rating }: { rating: number }) => (
  <span className="rating">
    <span aria-hidden="true" className="rating-stars">
      {[1, 2, 3, 4, 5].map((n) => (rating >= n ? '★' : rating >= n - 0.5 ? '½' : '☆')).join('')}
    </span>{' '}
    <span>Rated {ratingText(rating)}</span>
  </span>
);

export const HubBadges = ({ entry }: { entry: Pick<HubEntrySummary, 'kind' | 'level'> }) => (
  <>
    <span className={`badge badge-${entry.kind}`}>{KIND_LABELS[entry.kind]}</span>
    <span className="badge">{LEVEL_LABELS[entry.level]}</span>
  </>
);

/** On a step page: the hub entries that name this step. Nothing at all when there are none. */
export const StepHubLinks = ({ roadmap, stepId }: { roadmap: string; stepId: string }) => {
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/hub', { params: { query: { roadmap, step: stepId, limit: 20 } } })),
    [roadmap, stepId],
  );
  return (
    <Show resource={resource} reload={reload} placeholder={null}>
      {(page) =>
        page.items.length > 0 && (
          <section aria-labelledby="step-hub">
            <h2 id="step-hub">From the Resource Hub</h2>
            <ul className="resource-list">
              {page.items.map((entry) => (
                <li key={entry.id}>
                  <Link href={`/hub/${entry.id}`}>{entry.title}</Link> <HubBadges entry={entry} />
                </li>
              ))}
            </ul>
          </section>
        )
      }
    </Show>
  );
};

/** The last word of a roadmap page: where to go once the path is read. */
export const KeepGoing = ({ roadmap, title }: { roadmap: string; title: string }) => (
  <section className="keep-going" aria-labelledby="keep-going">
    <h2 id="keep-going">Keep going</h2>
    <p>
      A roadmap tells you what to learn and in what order; the Resource Hub helps with the learning itself. Its guides
      walk through one topic at a time, its reviews say honestly which books, courses and tools are worth your hours,
      and its cheatsheets keep the commands and rules you will look up again on a page or two you can print.
    </p>
    <p>
      <Link href={`/hub?roadmap=${encodeURIComponent(roadmap)}`} className="button">
        Open the Resource Hub for {title}
      </Link>
    </p>
  </section>
);
