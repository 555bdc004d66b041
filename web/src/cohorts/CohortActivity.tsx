// What a cohort's members did lately on its roadmap, newest first, a page at a time. The API leaves out notes and the
// answers to checklist items; these sentences say only what it gives.
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { announce } from '../ui/announcer';
import { useLearnerTime } from '../ui/learner-time';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';

type ActivityPage = Ok<'/v1/cohorts/{id}/activity'>;
type ActivityItem = ActivityPage['items'][number];

const STATUS_WORDS: Record<NonNullable<ActivityItem['status']>, string> = {
  in_progress: 'started',
  done: 'finished',
  skipped: 'skipped',
  todo: 'set back to “to do”',
};

/** "Ada finished “HTTP basics”", in words for people. */
const sentence = (item: ActivityItem) => {
  const subject = item.subject === null ? 'a step no longer on the roadmap' : `“${item.subject.title}”`;
  switch (item.kind) {
    case 'followed':
      return 'started following the roadmap';
    case 'stopped':
      return 'stopped following the roadmap';
    case 'checklist':
      return `answered the checklist item ${item.subject === null ? 'no longer on the roadmap' : subject}`;
    case 'step_status':
      return `${item.status === null ? 'changed' : STATUS_WORDS[item.status]} ${subject}`;
  }
};

const pageOf = (id: string, cursor?: string) =>
  call(api.GET('/v1/cohorts/{id}/activity', { params: { path: { id }, query: { limit: 20, cursor } } }));

export const CohortActivity = ({ cohortId }: { cohortId: string }) => {
  const { dateTime } = useLearnerTime();
  const { resource, reload } = useResource(() => pageOf(cohortId), [cohortId]);
  const [more, setMore] = useState<{ items: ActivityItem[]; nextCursor: string | null }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const showOlder = (cursor: string) => {
    setBusy(true);
    setError(undefined);
    pageOf(cohortId, cursor)
      .then((page) => {
        setMore((before) => ({ items: [...(before?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
        announce(`${page.items.length} older events shown`);
      }, setError)
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="activity">
      <h2 id="activity">Recent activity</h2>
      <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the activity…" />}>
        {(first) => {
          const items = [...first.items, ...(more?.items ?? [])];
          const nextCursor = more === undefined ? first.nextCursor : more.nextCursor;
          if (items.length === 0) return <Empty>No activity since the members joined.</Empty>;
          return (
            <>
              <ol className="cohort-activity">
                {items.map((item) => (
                  <li key={item.id}>
                    <strong>{item.displayName}</strong> {sentence(item)}{' '}
                    <time dateTime={item.occurredAt}>{dateTime(item.occurredAt)}</time>
                  </li>
                ))}
              </ol>
              {error !== undefined && <ErrorMessage error={error} />}
              {nextCursor !== null && (
                <button type="button" className="secondary small" disabled={busy} onClick={() => showOlder(nextCursor)}>
                  Show older activity
                </button>
              )}
            </>
          );
        }}
      </Show>
    </section>
  );
};
