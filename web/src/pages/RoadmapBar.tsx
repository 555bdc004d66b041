// The bar that stays at the top of the roadmap page while the reader scrolls: how far they are and the one thing to
// do next. A learner who follows the roadmap is offered the next step; anyone else, to follow it (on the plan page,
// where they choose their pace). A guest follows a roadmap in the sense that matters here once they have marked a
// step in this browser: signing up then follows it for them (guest.ts).
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import type { Roadmap, StepStatus } from '../api/types';
import { Link } from '../router';

/** Whether the signed-in learner follows the roadmap; undefined while unknown (or for a guest). */
const useFollows = (slug: string) => {
  const session = useSession();
  const userId = session.status === 'signed-in' ? session.user.id : undefined;
  const [follows, setFollows] = useState<boolean | 'unknown'>();
  useEffect(() => {
    setFollows(undefined);
    if (userId === undefined) return;
    let current = true;
    call(api.GET('/v1/me/roadmaps')).then(
      ({ items }) => current && setFollows(items.some((item) => item.roadmap.slug === slug && item.following)),
      () => current && setFollows('unknown'),
    );
    return () => {
      current = false;
    };
  }, [slug, userId]);
  return { follows, checking: session.status === 'checking' || (userId !== undefined && follows === undefined) };
};

export const ProgressBar = ({
  roadmap,
  statuses,
  next,
}: {
  roadmap: Roadmap;
  statuses: Record<string, StepStatus>;
  next: Roadmap['tiers'][number]['steps'][number] | undefined;
}) => {
  const { follows, checking } = useFollows(roadmap.slug);
  const total = roadmap.stats.steps;
  const done = Object.values(statuses).filter((status) => status === 'done').length;
  const started = Object.values(statuses).some((status) => status !== 'todo');
  // Offline, the follow cannot be checked: marking a step is then the sign of a learner on the way.
  const following = typeof follows === 'boolean' ? follows : started;

  const action = checking ? null : !following ? (
    <Link className="button" href={`/roadmaps/${roadmap.slug}/plan`}>
      Follow this roadmap
    </Link>
  ) : next ? (
    <Link className="button map-continue" href={`/roadmaps/${roadmap.slug}/steps/${next.id}`}>
      {/* Its own box, so a long title ends in an ellipsis inside the button (a flex box's text cannot). */}
      <span className="map-continue-label">Continue: {next.title}</span>
    </Link>
  ) : (
    <a className="button" href="#checklist">
      Check yourself against the checklist
    </a>
  );

  return (
    <div className="map-bar" data-print="hide">
      <p className="map-bar-progress">
        {following || done > 0 ? (
          <>
            <strong>
              {done} of {total}
            </strong>{' '}
            steps done
          </>
        ) : (
          <>
            {total} steps · about {roadmap.stats.estimatedHours} hours
          </>
        )}
      </p>
      <span className="map-bar-track" aria-hidden="true">
        <span className="map-bar-fill" style={{ width: `${total === 0 ? 0 : (100 * done) / total}%` }} />
      </span>
      {action}
    </div>
  );
};
