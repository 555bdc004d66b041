// A cohort's review queue, for its mentors: its current members' latest submissions with one status (waiting, by
// default), the one waiting longest first, and how long each waited; each opens the review page.
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { MentorPage } from '../cohorts/MentorPage';
import { STATUS_WORDS, waitedWords, type SubmissionStatus } from '../cohorts/submission-parts';
import { Link } from '../router';
import { SelectField } from '../ui/forms';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';
import '../styles/editor.css';
import '../styles/cohorts.css';

type QueuePage = Ok<'/v1/cohorts/{id}/submissions'>;
type Queued = QueuePage['items'][number];

const EMPTY: Record<SubmissionStatus, string> = {
  waiting: 'Nothing waits for a review.',
  approved: 'No project approved yet.',
  changes_requested: 'No project waits for its learner’s changes.',
};

const page = (id: string, status: SubmissionStatus, cursor?: string) =>
  call(
    api.GET('/v1/cohorts/{id}/submissions', {
      params: { path: { id }, query: { status, limit: 50, ...(cursor === undefined ? {} : { cursor }) } },
    }),
  );

const QueueTable = ({ first, id, status }: { first: QueuePage; id: string; status: SubmissionStatus }) => {
  const { dateTime } = useLearnerTime();
  const [more, setMore] = useState<{ items: Queued[]; nextCursor: string | null }>({ items: [], nextCursor: null });
  const [error, setError] = useState<unknown>();
  const items = [...first.items, ...more.items];
  const nextCursor = more.items.length > 0 ? more.nextCursor : first.nextCursor;
  const loadMore = () => {
    if (nextCursor === null) return;
    page(id, status, nextCursor).then(
      (next) => setMore({ items: [...more.items, ...next.items], nextCursor: next.nextCursor }),
      setError,
    );
  };
  if (items.length === 0) return <Empty>{EMPTY[status]}</Empty>;
  return (
    <>
      <div className="table-scroll">
        <table className="audit-log cohort-table">
          <caption>
            {STATUS_WORDS[status]}: {first.total}, the oldest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Step</th>
              <th scope="col">{status === 'waiting' ? 'Waiting' : 'Waited'}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <Link href={`/mentor/submissions/${item.id}?cohort=${id}`}>
                    {item.learner.displayName}
                    <span className="visually-hidden">: review “{item.step.title}”</span>
                  </Link>
                </th>
                <td>
                  {item.step.title}
                  {item.resubmission && <span className="badge">Resubmitted</span>}
                </td>
                <td>
                  {waitedWords(item.waitedMinutes)}
                  <span className="muted">
                    {' '}
                    (since <time dateTime={item.submittedAt}>{dateTime(item.submittedAt)}</time>)
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error !== undefined && <ErrorMessage error={error} retry={loadMore} />}
      {nextCursor !== null && (
        <p>
          <button type="button" className="secondary" onClick={loadMore}>
            Show more
          </button>
        </p>
      )}
    </>
  );
};

export const MentorReviews = ({ id }: { id: string }) => {
  const [status, setStatus] = useState<SubmissionStatus>('waiting');
  const cohort = useResource(() => call(api.GET('/v1/cohorts/{id}', { params: { path: { id } } })), [id]);
  const queue = useResource(() => page(id, status), [id, status]);
  const name = cohort.resource.status === 'ready' ? cohort.resource.data.name : undefined;
  const title = name === undefined ? 'Projects to review' : `Projects to review in ${name}`;
  usePageTitle(title);
  return (
    <MentorPage title={title}>
      {() => (
        <>
          <p>
            <Link href={`/mentor/cohorts/${id}`}>Back to the cohort</Link>
          </p>
          <SelectField
            label="Show"
            value={status}
            onChange={(event) => setStatus(event.target.value as SubmissionStatus)}
          >
            {(Object.keys(STATUS_WORDS) as SubmissionStatus[]).map((value) => (
              <option key={value} value={value}>
                {STATUS_WORDS[value]}
              </option>
            ))}
          </SelectField>
          <Show resource={queue.resource} reload={queue.reload} placeholder={<Loading label="Loading the projects…" />}>
            {(first) => <QueueTable key={status} first={first} id={id} status={status} />}
          </Show>
        </>
      )}
    </MentorPage>
  );
};
