// The editors' list of resource links as the link check last found them: dead ones first (readers see a warning
// beside those), moved ones with their new address, failing and working ones on request, and "Check now".
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { EditorPage } from '../editor';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { Empty, ErrorMessage, Loading } from '../ui/states';

type LinkPage = Ok<'/v1/resources/links'>;
type CheckedLink = LinkPage['items'][number];
type State = CheckedLink['state'];

const STATES: [State, string, string][] = [
  ['dead', 'Dead', 'Failed every check for a day or more: readers see a warning beside these.'],
  ['moved', 'Moved', 'Answer at a new address after a permanent redirect: the content could point there.'],
  ['error', 'Failing', 'Failed the last check, not yet often enough to call them dead.'],
  ['ok', 'Working', 'Answered the last check.'],
];
const PAGE_SIZE = 50;

const fetchLinks = (state: State, cursor?: string) =>
  call(
    api.GET('/v1/resources/links', { params: { query: { state, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } } }),
  );

const CheckNow = () => {
  const [queued, setQueued] = useState(false);
  const [error, setError] = useState<unknown>();
  const checkNow = () => {
    if (queued) return;
    setError(undefined);
    call(api.POST('/v1/resources/links/check')).then(() => {
      setQueued(true);
      announce('The link check is queued. Its findings show here once it has run; reload in a few minutes.');
    }, setError);
  };
  return (
    <div className="freshness">
      <p>Links are checked every day, those checked longest ago first.</p>
      <p>
        {/* aria-disabled rather than disabled: the button keeps the keyboard focus once pressed. */}
        <button type="button" className="secondary" aria-disabled={queued} onClick={checkNow}>
          {queued ? 'Check queued' : 'Check now'}
        </button>
      </p>
      {error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
};

const LinkRow = ({ link }: { link: CheckedLink }) => {
  const { date, dateTime } = useLearnerTime();
  return (
    <tr>
      <td>
        <a href={link.resource.url} rel="noopener noreferrer">
          {link.resource.title}
        </a>
        <span className="audit-email link-address">{link.resource.url}</span>
        {link.state === 'moved' && link.finalUrl !== null && (
          <span className="link-address">
            Now at <a href={link.finalUrl}>{link.finalUrl}</a>
          </span>
        )}
      </td>
      <td>
        {link.usedBy.length === 0 ? (
          <span className="muted">No published step</span>
        ) : (
          <ul className="plain-list">
            {link.usedBy.map((use) => (
              <li key={`${use.roadmap}/${use.stepId}`}>
                <Link href={`/roadmaps/${use.roadmap}/steps/${use.stepId}`}>{use.stepTitle}</Link>{' '}
                <span className="muted">({use.roadmap})</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <time dateTime={link.since}>{date(link.since)}</time>
      </td>
      <td>
        <time dateTime={link.checkedAt}>{dateTime(link.checkedAt)}</time>
        {link.reason !== '' && <span className="audit-email">{link.reason}</span>}
      </td>
    </tr>
  );
};

const LinkList = () => {
  const [state, setState] = useState<State>('dead');
  const [list, setList] = useState<LinkPage>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    setList(undefined);
    setError(undefined);
    fetchLinks(state).then(
      (page) => current && setList(page),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [state, attempt]);

  const loadMore = () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    fetchLinks(state, list.nextCursor).then(
      (page) => {
        setLoadingMore(false);
        setList({ items: [...list.items, ...page.items], nextCursor: page.nextCursor });
        announce(`${page.items.length} more ${page.items.length === 1 ? 'link' : 'links'}`);
      },
      (failure: unknown) => {
        setLoadingMore(false);
        setError(failure);
      },
    );
  };

  const [, label, meaning] = STATES.find(([id]) => id === state)!;
  return (
    <>
      <div className="inline-form">
        <label htmlFor="links-state">Show</label>
        <select id="links-state" value={state} onChange={(event) => setState(event.target.value as State)}>
          {STATES.map(([id, name]) => (
            <option key={id} value={id}>
              {name} links
            </option>
          ))}
        </select>
      </div>
      <h2>{label} links</h2>
      <p className="muted">{meaning}</p>
      {list === undefined && error === undefined && <Loading label="Loading links…" />}
      {list !== undefined &&
        (list.items.length === 0 ? (
          <Empty>No {label.toLowerCase()} links.</Empty>
        ) : (
          <div className="table-scroll">
            <table className="checked-links">
              <caption className="visually-hidden">{label} links, by resource</caption>
              <thead>
                <tr>
                  <th scope="col">Resource</th>
                  <th scope="col">Used by</th>
                  <th scope="col">{label} since</th>
                  <th scope="col">Last checked</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((link) => (
                  <LinkRow key={link.resource.id} link={link} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {error !== undefined && (
        <ErrorMessage error={error} retry={list === undefined ? () => setAttempt((n) => n + 1) : loadMore} />
      )}
      {list?.nextCursor && (
        <button type="button" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
};

export const LinksPage = () => {
  usePageTitle('Resource links');
  return (
    <EditorPage title="Resource links" permission="resources:check">
      {() => (
        <>
          <CheckNow />
          <LinkList />
        </>
      )}
    </EditorPage>
  );
};
