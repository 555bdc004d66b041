// How fresh a roadmap's analytics are ("Computed 12 minutes ago", with the exact time beside it) and the editors'
// "Recompute now": it queues the rollup, says it is recomputing, and checks every few seconds until the figures carry
// a new time, then shows them.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { announce } from '../ui/announcer';
import { useLearnerTime } from '../ui/learner-time';
import { ErrorMessage } from '../ui/states';
import '../styles/editor.css';

const POLL_MS = 2000;
/** After this long the page stops checking (a worker may be down); the figures still change on the next visit. */
const GIVE_UP_MS = 5 * 60 * 1000;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "12 minutes ago", "3 hours ago", "2 days ago". */
export const timeAgo = (then: Date, now: Date) => {
  const minutes = Math.round((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return relative.format(-hours, 'hour');
  return relative.format(-Math.round(hours / 24), 'day');
};

/** The current time, again every half minute, so "12 minutes ago" does not go stale on an open page. */
const useNow = () => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
};

export const AnalyticsFreshness = ({
  slug,
  computedAt,
  recomputing,
  onRecomputed,
}: {
  slug: string;
  computedAt: string | null;
  recomputing: boolean;
  /** Called once the figures have a newer time than `computedAt`: the page reads them again. */
  onRecomputed: () => void;
}) => {
  const now = useNow();
  const { dateTime } = useLearnerTime();
  const [waiting, setWaiting] = useState(recomputing);
  const [tookLong, setTookLong] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!waiting) return;
    const started = Date.now();
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      if (stopped) return;
      if (Date.now() - started > GIVE_UP_MS) {
        setTookLong(true);
        setWaiting(false);
        return;
      }
      try {
        const fresh = await call(api.GET('/v1/roadmaps/{slug}/analytics', { params: { path: { slug } } }));
        if (!stopped && fresh.computedAt !== computedAt) {
          announce('The analytics were recomputed');
          setWaiting(false);
          onRecomputed();
          return;
        }
      } catch {
        // A failed check is tried again at the next tick; the page keeps saying it is recomputing.
      }
      if (!stopped) timer = setTimeout(() => void check(), POLL_MS);
    };
    timer = setTimeout(() => void check(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [waiting, slug, computedAt, onRecomputed]);

  const recompute = () => {
    if (waiting) return;
    setError(undefined);
    setTookLong(false);
    call(api.POST('/v1/analytics/recompute')).then(() => {
      setWaiting(true);
      announce('Recomputing the analytics. The figures update here when it is done.');
    }, setError);
  };

  return (
    <div className="freshness">
      {computedAt === null ? (
        <p className="notice">
          The figures have not been computed yet: they are computed every hour, or now if you ask. Until then every
          figure is empty.
        </p>
      ) : (
        <p>
          Computed {timeAgo(new Date(computedAt), now)}{' '}
          <time className="muted" dateTime={computedAt}>
            ({dateTime(computedAt)})
          </time>
          . They are computed again every hour.
        </p>
      )}
      <p>
        {/* aria-disabled rather than disabled: the button keeps the keyboard focus while it waits. */}
        <button type="button" className="secondary" aria-disabled={waiting} onClick={recompute}>
          {waiting ? 'Recomputing…' : 'Recompute now'}
        </button>
        {tookLong && <span className="muted"> It is taking longer than usual; look again in a few minutes.</span>}
      </p>
      {error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
};
